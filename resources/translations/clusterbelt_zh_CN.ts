<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FigureExporter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Figure made with ClusterBelt</source>
        <translation>由 ClusterBelt 制作的地图</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1：无法创建 PDF 文件</translation>
    </message>
    <message>
        <source>%1: write a figure as .png, .svg or .pdf</source>
        <translation>%1：地图只能保存为 .png、.svg 或 .pdf 格式</translation>
    </message>
</context>
<context>
    <name>FigurePainter</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>The figure&apos;s layers could not be read; the study&apos;s default layers are shown.</source>
        <translation>无法读取地图的图层设置，已改用本研究的默认图层。</translation>
    </message>
    <message>
        <source>Prefecture-level unit</source>
        <translation>地级行政区界</translation>
    </message>
    <message>
        <source>Provincial boundary</source>
        <translation>省级行政区界</translation>
    </message>
    <message>
        <source>%1 (%2 clusters, %3 belts)</source>
        <translation>%1（%2 个产业集群，%3 个产业带）</translation>
    </message>
    <message>
        <source>The base map has no South China Sea line layer (九段线/十段线): the inset shows the islands only. Use a standard base map that includes it before submitting the figure.</source>
        <translation>底图中没有南海断续线（九段线/十段线）图层：附图仅显示岛屿。投稿前请改用包含该图层的标准底图。</translation>
    </message>
    <message>
        <source>The city %1 has no polygon in the boundaries and is not highlighted.</source>
        <translation>城市 %1 在边界数据中没有对应的面要素，未能突出显示。</translation>
    </message>
    <message>
        <source>South China Sea Islands</source>
        <translation>南海诸岛</translation>
    </message>
</context>
<context>
    <name>cb::render::LegendPainter</name>
    <message>
        <source>%1 (%2)</source>
        <comment>legend row: label (count)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>clusters</source>
        <comment>ellipse group: every cluster</comment>
        <translation>全部产业集群</translation>
    </message>
    <message>
        <source>belts</source>
        <comment>ellipse group: every online belt</comment>
        <translation>全部产业带</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>相同行业</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>相似行业</translation>
    </message>
    <message>
        <source>unrelated</source>
        <translation>无关行业</translation>
    </message>
    <message>
        <source>cluster without belt</source>
        <translation>有产业集群无产业带</translation>
    </message>
    <message>
        <source>belt only</source>
        <translation>仅有产业带</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Match outcome (cities)</source>
        <translation>匹配结果（城市）</translation>
    </message>
    <message>
        <source>Clusters by programme</source>
        <translation>产业集群（按类别）</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>无类别</translation>
    </message>
    <message>
        <source>Online industrial belts</source>
        <translation>线上产业带</translation>
    </message>
    <message>
        <source>%1 ellipse</source>
        <translation>%1椭圆</translation>
    </message>
    <message>
        <source>Ellipses, %1</source>
        <translation>标准差椭圆，%1</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1，%2–%3</translation>
    </message>
    <message>
        <source>Mean centre, cumulative by year</source>
        <translation>平均中心（逐年累计）</translation>
    </message>
    <message>
        <source>Mean centre by year</source>
        <translation>逐年平均中心</translation>
    </message>
    <message>
        <source>Local colocation quotient, clusters → belts</source>
        <translation>局部共位商，集群 → 产业带</translation>
    </message>
    <message>
        <source>p &lt; 0.05 (clusters)</source>
        <translation>p &lt; 0.05（集群）</translation>
    </message>
    <message>
        <source>not significant (clusters)</source>
        <translation>不显著（集群）</translation>
    </message>
</context>
<context>
    <name>cb::ui::ChartPanel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>按省份</translation>
    </message>
    <message>
        <source>Ellipses</source>
        <translation>标准差椭圆</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>未加载数据</translation>
    </message>
    <message>
        <source>Outcome of the clusters by programme</source>
        <translation>各类别产业集群的匹配结果</translation>
    </message>
    <message>
        <source>Outcome of the clusters by province</source>
        <translation>各省产业集群的匹配结果</translation>
    </message>
    <message>
        <source>Standard deviational ellipses by group (%1)</source>
        <translation>各组标准差椭圆（%1）</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Semi-major axis σ₁ (km)</source>
        <translation>长半轴 σ₁（km）</translation>
    </message>
    <message>
        <source>Semi-minor axis σ₂ (km)</source>
        <translation>短半轴 σ₂（km）</translation>
    </message>
    <message>
        <source>Area (10³ km², right axis)</source>
        <translation>面积（10³ km²，右轴）</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>no ellipse (n = %1)</source>
        <translation>无椭圆（n = %1）</translation>
    </message>
    <message>
        <source>Semi-axis (km)</source>
        <translation>半轴长（km）</translation>
    </message>
    <message>
        <source>Area (10³ km²)</source>
        <translation>面积（10³ km²）</translation>
    </message>
    <message>
        <source>%1 · %2: %3
Cities: %4 (click to select them)</source>
        <translation>%1 · %2：%3
城市：%4 个（单击可选中）</translation>
    </message>
    <message>
        <source>%1 · %2: %3 clusters
Cities: %4 (click to select them)</source>
        <translation>%1 · %2：%3 个产业集群
城市：%4 个（单击可选中）</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>时间变化</translation>
    </message>
</context>
<context>
    <name>cb::ui::CityInspector</name>
    <message>
        <source>No data loaded. Open clusters and belts from the File menu; then click a city on the map or a row in a table to inspect it.</source>
        <translation>未加载数据。请从“文件”菜单打开产业集群和产业带，然后在地图上单击城市或在表格中单击一行以查看详情。</translation>
    </message>
    <message numerus="yes">
        <source>%n cities selected. Click one on the map or in the city table to inspect it.</source>
        <translation>
            <numerusform>已选中 %n 个城市。在地图上或城市表中单击其中一个以查看详情。</numerusform>
        </translation>
    </message>
    <message>
        <source>No city selected. Click a prefecture or a symbol on the map, or a row in the clusters, belts or cities table, to see its clusters, belts and pairs here.</source>
        <translation>未选中城市。单击地图上的地级行政区或符号，或单击产业集群表、产业带表或城市表中的一行，即可在此查看该城市的产业集群、产业带及配对。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No cluster or belt of the loaded data lies in this city.</source>
        <translation>已加载的数据中没有位于该城市的产业集群或产业带。</translation>
    </message>
    <message>
        <source>Clusters: %1 · Belts: %2 · Outcome: %3</source>
        <translation>产业集群：%1 · 产业带：%2 · 匹配结果：%3</translation>
    </message>
    <message>
        <source>Pairs: %1 identical, %2 similar, %3 unrelated</source>
        <translation>配对：相同行业 %1 对，相似行业 %2 对，无关行业 %3 对</translation>
    </message>
    <message>
        <source>Clusters (%1)</source>
        <translation>产业集群（%1）</translation>
    </message>
    <message>
        <source>Belts (%1)</source>
        <translation>产业带（%1）</translation>
    </message>
    <message>
        <source>Pairs (%1)</source>
        <translation>配对（%1）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>匹配结果</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Belts</source>
        <translation>产业带</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>配对</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the city, its clusters, belts and pairs as tab-separated text (%1)</source>
        <translation>以制表符分隔的文本复制该城市及其产业集群、产业带和配对（%1）</translation>
    </message>
</context>
<context>
    <name>cb::ui::CityTableModel</name>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Belts</source>
        <translation>产业带</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <source>Unrelated</source>
        <translation>无关</translation>
    </message>
    <message>
        <source>No belt</source>
        <translation>无产业带</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>匹配结果</translation>
    </message>
</context>
<context>
    <name>cb::ui::ColumnMappingDialog</name>
    <message>
        <source>Columns of the clusters table</source>
        <translation>产业集群表的字段</translation>
    </message>
    <message>
        <source>Columns of the belts table</source>
        <translation>产业带表的字段</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Open Clusters</source>
        <translation>打开产业集群</translation>
    </message>
    <message>
        <source>Open Belts</source>
        <translation>打开产业带</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.xls *.ods *.gpkg *.geojson *.json *.shp *.dbf);;All files (*)</source>
        <translation>数据表 (*.csv *.txt *.xlsx *.xls *.ods *.gpkg *.geojson *.json *.shp *.dbf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1 column(s).</source>
        <translation>
            <numerusform>%n 行，%1 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>The text was not UTF-8 and was read as %1.</source>
        <translation>文本不是 UTF-8 编码，已按 %1 读取。</translation>
    </message>
    <message>
        <source>The preview shows the first %1 rows.</source>
        <translation>预览显示前 %1 行。</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>产业集群名称</translation>
    </message>
    <message>
        <source>Belt name</source>
        <translation>产业带名称</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City (prefecture) *</source>
        <translation>城市（地级）*</translation>
    </message>
    <message>
        <source>City code (6 digits) *</source>
        <translation>城市代码（6 位）*</translation>
    </message>
    <message>
        <source>County *</source>
        <translation>区县 *</translation>
    </message>
    <message>
        <source>Industry (required)</source>
        <translation>行业（必填）</translation>
    </message>
    <message>
        <source>Longitude (°E, WGS 84)</source>
        <translation>经度（°E，WGS 84）</translation>
    </message>
    <message>
        <source>Latitude (°N, WGS 84)</source>
        <translation>纬度（°N，WGS 84）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <source>Read from &quot;%1&quot; by default; choose another column to use it instead.</source>
        <translation>默认读取“%1”字段；选择其他字段即可改用该字段。</translation>
    </message>
    <message>
        <source>* at least one place column</source>
        <translation>* 至少需要一个地点字段</translation>
    </message>
    <message>
        <source>Choose the industry column: matching compares the industries of clusters and belts.</source>
        <translation>请选择行业字段：匹配是比较产业集群与产业带的行业。</translation>
    </message>
    <message>
        <source>Choose a city, city code or county column: without one no row can be placed in a city.</source>
        <translation>请选择城市、城市代码或区县字段：缺少这些字段，任何记录都无法定位到城市。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot continue yet.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;暂时无法继续。&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>cb::ui::DataExport</name>
    <message>
        <source>GeoPackage (*.gpkg);;Shapefile (*.shp);;CSV for Excel (*.csv);;Excel (*.xlsx)</source>
        <translation>GeoPackage (*.gpkg);;Shapefile (*.shp);;CSV，供 Excel 使用 (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV，供 Excel 使用 (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 records).</source>
        <translation>已写入 %1（%2 条记录）。</translation>
    </message>
    <message>
        <source>Cannot write %1:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
    <message>
        <source>Export the Tests&apos; Tables</source>
        <translation>导出检验表格</translation>
    </message>
    <message>
        <source>Wrote %1 in %2.</source>
        <translation>已在 %2 中写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write the tables in %1:
%2</source>
        <translation>无法在 %1 中写入表格：
%2</translation>
    </message>
</context>
<context>
    <name>cb::ui::EntryTableModel</name>
    <message>
        <source>Cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Belt</source>
        <translation>产业带</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>行业组</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>匹配结果</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
</context>
<context>
    <name>cb::ui::ExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>Extent of the loaded spec</source>
        <translation>所加载制图规格的范围</translation>
    </message>
    <message>
        <source>Current map view</source>
        <translation>当前地图视图</translation>
    </message>
    <message>
        <source>Highlight the selected city (none selected)</source>
        <translation>突出显示选中的城市（未选中）</translation>
    </message>
    <message>
        <source>Highlight city %1</source>
        <translation>突出显示城市 %1</translation>
    </message>
    <message>
        <source>Highlight %1 (%2)</source>
        <translation>突出显示 %1（%2）</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>Page %1, %2 × %3 px</source>
        <translation>页面 %1，%2 × %3 像素</translation>
    </message>
    <message>
        <source>Page %1, vector</source>
        <translation>页面 %1，矢量</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。是否替换？</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>已写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Save Figure Spec</source>
        <translation>保存制图规格</translation>
    </message>
    <message>
        <source>Figure spec (*.json)</source>
        <translation>制图规格 (*.json)</translation>
    </message>
    <message>
        <source>The figure spec could not be saved.

%1</source>
        <translation>无法保存制图规格。

%1</translation>
    </message>
    <message>
        <source>Load Figure Spec</source>
        <translation>加载制图规格</translation>
    </message>
    <message>
        <source>Figure spec (*.json);;All files (*)</source>
        <translation>制图规格 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The figure spec could not be loaded.

%1</source>
        <translation>无法加载制图规格。

%1</translation>
    </message>
    <message>
        <source>Export Current View</source>
        <translation>导出当前视图</translation>
    </message>
    <message>
        <source>The file to write; its extension (.png, .svg, .pdf) sets the format.</source>
        <translation>要写入的文件；其扩展名（.png、.svg、.pdf）决定格式。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>PNG image (raster)</source>
        <translation>PNG 图像（栅格）</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG 图形（矢量）</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF 文档（矢量）</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Single column, 83 mm wide</source>
        <translation>单栏，宽 83 mm</translation>
    </message>
    <message>
        <source>Double column, 170 mm wide</source>
        <translation>双栏，宽 170 mm</translation>
    </message>
    <message>
        <source>A4 portrait, 210 × 297 mm</source>
        <translation>A4 纵向，210 × 297 mm</translation>
    </message>
    <message>
        <source>A4 landscape, 297 × 210 mm</source>
        <translation>A4 横向，297 × 210 mm</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Automatic (from the map)</source>
        <translation>自动（随地图）</translation>
    </message>
    <message>
        <source>0: the height follows the map&apos;s shape; otherwise at least 20 mm.</source>
        <translation>0：高度随地图形状而定；否则至少 20 mm。</translation>
    </message>
    <message>
        <source>Journals ask for 300 dpi (colour), 600 dpi (greyscale) or 1200 dpi (line art). Any value from 50 to 2400 can be typed. The resolution is written into the PNG.</source>
        <translation>期刊通常要求 300 dpi（彩色）、600 dpi（灰度）或 1200 dpi（线划图）。可输入 50 至 2400 之间的任意值。分辨率会写入 PNG 文件。</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Width × height:</source>
        <translation>宽 × 高：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>All of China</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Outlines the current city of the selection on the figure.</source>
        <translation>在地图上勾勒出当前选中城市的边界。</translation>
    </message>
    <message>
        <source>Standard deviational ellipses</source>
        <translation>标准差椭圆</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>指北针</translation>
    </message>
    <message>
        <source>Graticule</source>
        <translation>经纬网</translation>
    </message>
    <message>
        <source>South China Sea inset</source>
        <translation>南海诸岛附图</translation>
    </message>
    <message>
        <source>The 南海诸岛 inset at the lower right; maps of all of China must show it.</source>
        <translation>右下角的南海诸岛附图；全国地图必须包含该附图。</translation>
    </message>
    <message>
        <source>Text as outlines</source>
        <translation>文字转为曲线</translation>
    </message>
    <message>
        <source>SVG and PDF: draws text as shapes, so it looks the same without the font but can no longer be edited as text.</source>
        <translation>仅用于 SVG 和 PDF：将文字绘制为轮廓，没有字体时显示效果不变，但无法再作为文字编辑。</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>无注记</translation>
    </message>
    <message>
        <source>A line under the map, e.g. the approval number of the standard base map.</source>
        <translation>地图下方的一行文字，例如标准底图的审图号。</translation>
    </message>
    <message>
        <source>The 审图号 of the standard map the base map was downloaded as.</source>
        <translation>所下载的标准地图（底图）的审图号。</translation>
    </message>
    <message>
        <source>Insert approval note</source>
        <translation>插入审图号注记</translation>
    </message>
    <message>
        <source>Writes the note journals require for a standard map used without modification: “注：该图基于自然资源部标准地图服务网站下载的审图号为…号的标准地图制作，底图无修改。”</source>
        <translation>写入期刊对未经修改使用的标准地图所要求的注记：“注：该图基于自然资源部标准地图服务网站下载的审图号为…号的标准地图制作，底图无修改。”</translation>
    </message>
    <message>
        <source>Furniture and text</source>
        <translation>整饰要素与文字</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注记：</translation>
    </message>
    <message>
        <source>Approval no.:</source>
        <translation>审图号：</translation>
    </message>
    <message>
        <source>Load Spec…</source>
        <translation>加载规格…</translation>
    </message>
    <message>
        <source>Reads a figure-spec JSON file (as written by Save Spec or clusterbelt-cli figure --write-spec).</source>
        <translation>读取制图规格 JSON 文件（由“保存规格”或 clusterbelt-cli figure --write-spec 写出）。</translation>
    </message>
    <message>
        <source>Save Spec…</source>
        <translation>保存规格…</translation>
    </message>
    <message>
        <source>Saves this figure as a JSON spec for clusterbelt-cli figure --spec.</source>
        <translation>将此地图的设置保存为 JSON 制图规格文件，供 clusterbelt-cli figure --spec 使用。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>%1: the figure cannot be drawn: %2</source>
        <translation>%1：无法绘制地图：%2</translation>
    </message>
    <message>
        <source>The figure could not be written to %1.

%2</source>
        <translation>无法将地图写入 %1。

%2</translation>
    </message>
</context>
<context>
    <name>cb::ui::FigurePreview</name>
    <message>
        <source>No boundaries are loaded: open a project or data first.</source>
        <translation>未加载边界数据：请先打开项目或数据。</translation>
    </message>
    <message>
        <source>The figure cannot be drawn: %1</source>
        <translation>无法绘制地图：%1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
</context>
<context>
    <name>cb::ui::InputsEdit</name>
    <message>
        <source>Open Boundaries</source>
        <translation>打开边界</translation>
    </message>
    <message>
        <source>Open Clusters</source>
        <translation>打开产业集群</translation>
    </message>
    <message>
        <source>Open Belts</source>
        <translation>打开产业带</translation>
    </message>
    <message>
        <source>Filter Clusters</source>
        <translation>筛选产业集群</translation>
    </message>
    <message>
        <source>Filter Belts</source>
        <translation>筛选产业带</translation>
    </message>
    <message>
        <source>Place Row by Hand</source>
        <translation>手动定位记录</translation>
    </message>
    <message>
        <source>Remove Placement by Hand</source>
        <translation>取消手动定位</translation>
    </message>
    <message>
        <source>Change Ellipse Convention</source>
        <translation>更改椭圆计算口径</translation>
    </message>
    <message>
        <source>Open Taxonomy</source>
        <translation>打开行业分类</translation>
    </message>
    <message>
        <source>Change Inputs</source>
        <translation>更改输入数据</translation>
    </message>
    <message>
        <source>Ellipses over Time Cumulative</source>
        <translation>椭圆时间变化改为累计</translation>
    </message>
    <message>
        <source>Ellipses over Time per Year</source>
        <translation>椭圆时间变化改为逐年</translation>
    </message>
</context>
<context>
    <name>cb::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>cb::ui::LayerPanel</name>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Halo</source>
        <translation>晕圈</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>边框</translation>
    </message>
    <message>
        <source>Names of every prefecture when zoomed in</source>
        <translation>放大后显示各地级行政区名称</translation>
    </message>
    <message>
        <source>Group names beside the ellipses</source>
        <translation>在椭圆旁显示分组名称</translation>
    </message>
    <message>
        <source>Counts inside the symbols</source>
        <translation>在符号内显示数量</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Choose a Colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>线宽</translation>
    </message>
    <message>
        <source>Text size (pt)</source>
        <translation>字号（pt）</translation>
    </message>
    <message>
        <source>Symbol size (one)</source>
        <translation>符号大小（数量为 1 时）</translation>
    </message>
    <message>
        <source>Largest symbol</source>
        <translation>最大符号</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>millimetres</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation>大小单位</translation>
    </message>
    <message>
        <source>ArcGIS (k·√2·√λ)</source>
        <translation>ArcGIS (k·√2·√λ)</translation>
    </message>
    <message>
        <source>Yuill (√λ)</source>
        <translation>Yuill (√λ)</translation>
    </message>
    <message>
        <source>CrimeStat (√2, n − 2 degrees of freedom)</source>
        <translation>CrimeStat (√2, 自由度 n − 2)</translation>
    </message>
    <message>
        <source>aspace (weighted, Σw − 2)</source>
        <translation>aspace (加权, Σw − 2)</translation>
    </message>
    <message>
        <source>Confidence ellipse (p)</source>
        <translation>置信椭圆 (p)</translation>
    </message>
    <message>
        <source> SD</source>
        <translation> 倍标准差</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>Size (ArcGIS)</source>
        <translation>椭圆大小（ArcGIS）</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Centre marks</source>
        <translation>中心点标记</translation>
    </message>
    <message>
        <source>The year beside each centre</source>
        <translation>在每个中心旁标注年份</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Every row up to each year</source>
        <translation>每年包含此前全部记录</translation>
    </message>
    <message>
        <source>Off: one ellipse per year of the rows&apos; year. On: each year&apos;s ellipse holds every row of that year and before. An input of the analysis: the export and the project follow it.</source>
        <translation>关闭：按记录年份每年一个椭圆。开启：每年的椭圆包含该年及以前的全部记录。这是分析的输入：导出与项目文件随之改变。</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>The quotient beside each city</source>
        <translation>在每个城市旁标注共位商</translation>
    </message>
</context>
<context>
    <name>cb::ui::LayerTreeModel</name>
    <message>
        <source>Ellipses: all clusters, belts</source>
        <translation>标准差椭圆：全部集群、产业带</translation>
    </message>
    <message>
        <source>Ellipses: programmes</source>
        <translation>标准差椭圆：各类别</translation>
    </message>
    <message>
        <source>Prefectures</source>
        <translation>地级行政区</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>省级行政区</translation>
    </message>
    <message>
        <source>Match outcome (choropleth)</source>
        <translation>匹配结果（分级设色）</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Online industrial belts</source>
        <translation>线上产业带</translation>
    </message>
    <message>
        <source>Ellipses</source>
        <translation>标准差椭圆</translation>
    </message>
    <message>
        <source>City names</source>
        <translation>城市名称</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Drag to change the drawing order; the top layer is drawn last.</source>
        <translation>拖动以改变绘制顺序；最上面的图层最后绘制。</translation>
    </message>
    <message>
        <source>Mean centre by year</source>
        <translation>逐年平均中心</translation>
    </message>
    <message>
        <source>Local colocation quotient</source>
        <translation>局部共位商</translation>
    </message>
</context>
<context>
    <name>cb::ui::LayersEdit</name>
    <message>
        <source>Reorder Layers</source>
        <translation>调整图层顺序</translation>
    </message>
    <message>
        <source>Change Layers</source>
        <translation>更改图层</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>隐藏%1</translation>
    </message>
    <message>
        <source>Style %1</source>
        <translation>更改%1样式</translation>
    </message>
</context>
<context>
    <name>cb::ui::MainWindow</name>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>City Inspector</source>
        <translation>城市详情</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>统计摘要</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Boundaries…</source>
        <translation>打开边界(&amp;B)…</translation>
    </message>
    <message>
        <source>Open &amp;Clusters…</source>
        <translation>打开产业集群(&amp;C)…</translation>
    </message>
    <message>
        <source>Open B&amp;elts…</source>
        <translation>打开产业带(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Figure…</source>
        <translation>导出地图(&amp;F)…</translation>
    </message>
    <message>
        <source>Export Current &amp;View…</source>
        <translation>导出当前视图(&amp;V)…</translation>
    </message>
    <message>
        <source>Export &amp;Data</source>
        <translation>导出数据(&amp;D)</translation>
    </message>
    <message>
        <source>Match &amp;Outcomes by City…</source>
        <translation>各城市匹配结果(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Ellipses…</source>
        <translation>标准差椭圆(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Clusters Table…</source>
        <translation>产业集群表(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Belts Table…</source>
        <translation>产业带表(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;ities Table…</source>
        <translation>城市表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom to &amp;All</source>
        <translation>缩放至全图(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Review &amp;Unresolved Rows…</source>
        <translation>检查未定位记录(&amp;U)…</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>清除选择(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ClusterBelt</source>
        <translation>关于 ClusterBelt(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Cannot use these data</source>
        <translation>无法使用这些数据</translation>
    </message>
    <message>
        <source>%1°E  %2°N</source>
        <translation>%1°E  %2°N</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Open Boundaries</source>
        <translation>打开边界</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.shp *.geojson *.json);;All files (*)</source>
        <translation>矢量数据 (*.gpkg *.shp *.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Figure written</source>
        <translation>地图已导出</translation>
    </message>
    <message>
        <source>About ClusterBelt</source>
        <translation>关于 ClusterBelt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ClusterBelt %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Maps and matches China&apos;s national industrial clusters and online industrial belts.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Uses Qt, GDAL, PROJ, GEOS and QCustomPlot (GPL-3.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ClusterBelt %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;绘制并匹配中国国家级产业集群与线上产业带。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。使用了 Qt、GDAL、PROJ、GEOS 和 QCustomPlot（GPL-3.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ClusterBelt</source>
        <translation type="vanished">ClusterBelt</translation>
    </message>
    <message>
        <source>%1 — ClusterBelt</source>
        <translation type="vanished">%1 — ClusterBelt</translation>
    </message>
    <message>
        <source>&amp;Filter Clusters…</source>
        <translation>筛选产业集群(&amp;F)…</translation>
    </message>
    <message>
        <source>Filter &amp;Belts…</source>
        <translation>筛选产业带(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>ClusterBelt[*]</source>
        <translation>ClusterBelt[*]</translation>
    </message>
    <message>
        <source>%1[*] — ClusterBelt</source>
        <translation>%1[*] — ClusterBelt</translation>
    </message>
    <message>
        <source>Ellipses over &amp;Time…</source>
        <translation>椭圆的时间变化(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>cb::ui::MapCanvas</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n 个产业集群</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n belt(s)</source>
        <translation>
            <numerusform>%n 个产业带</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::MatchLabels</name>
    <message>
        <source>identical</source>
        <translation>相同行业</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>相似行业</translation>
    </message>
    <message>
        <source>unrelated</source>
        <translation>无关行业</translation>
    </message>
    <message>
        <source>no belt</source>
        <translation>无产业带</translation>
    </message>
</context>
<context>
    <name>cb::ui::PairTableModel</name>
    <message>
        <source>Cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cluster industry</source>
        <translation>集群行业</translation>
    </message>
    <message>
        <source>Belt</source>
        <translation>产业带</translation>
    </message>
    <message>
        <source>Belt industry</source>
        <translation>产业带行业</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Groups (why)</source>
        <translation>行业组（匹配依据）</translation>
    </message>
</context>
<context>
    <name>cb::ui::ProgressPresenter</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this computation; the data shown before stay</source>
        <translation>停止本次计算；保留之前显示的数据</translation>
    </message>
    <message>
        <source>Loading the boundaries</source>
        <translation>正在加载边界数据</translation>
    </message>
    <message>
        <source>Loading the code table</source>
        <translation>正在加载区划代码表</translation>
    </message>
    <message>
        <source>Loading the industry taxonomy</source>
        <translation>正在加载行业分类体系</translation>
    </message>
    <message>
        <source>Reading clusters and belts</source>
        <translation>正在读取产业集群和产业带</translation>
    </message>
    <message>
        <source>Matching clusters and belts</source>
        <translation>正在匹配产业集群与产业带</translation>
    </message>
    <message>
        <source>Computing the ellipses</source>
        <translation>正在计算标准差椭圆</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Computation cancelled; the data shown before stay.</source>
        <translation>计算已取消；保留之前显示的数据。</translation>
    </message>
    <message>
        <source>Cannot use these data: %1</source>
        <translation>无法使用这些数据：%1</translation>
    </message>
    <message>
        <source>Cannot use these data</source>
        <translation>无法使用这些数据</translation>
    </message>
    <message>
        <source>The data could not be used; what was shown before stays.</source>
        <translation>无法使用这些数据；保留之前显示的内容。</translation>
    </message>
</context>
<context>
    <name>cb::ui::ProjectController</name>
    <message>
        <source>ClusterBelt projects (*.cbproj);;All files (*)</source>
        <translation>ClusterBelt 项目 (*.cbproj);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>The project&apos;s %1 file was not found:
%2

Locate it? (No keeps the path; the analysis will report the missing file.)</source>
        <translation>找不到项目的 %1 文件：
%2

是否手动查找？（选“否”则保留该路径，分析时将报告缺失的文件。）</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>查找 %1</translation>
    </message>
    <message>
        <source>Project layers</source>
        <translation>项目图层</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The project has unsaved changes.</source>
        <translation>项目有未保存的更改。</translation>
    </message>
    <message>
        <source>The project %1 has unsaved changes.</source>
        <translation>项目 %1 有未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>是否先保存再继续？</translation>
    </message>
</context>
<context>
    <name>cb::ui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>cb::ui::RowFilterDialog</name>
    <message>
        <source>Filter Clusters</source>
        <translation>筛选产业集群</translation>
    </message>
    <message>
        <source>Filter Belts</source>
        <translation>筛选产业带</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>&amp;Add Filter</source>
        <translation>添加筛选条件(&amp;A)</translation>
    </message>
    <message>
        <source>Keep only the rows whose column holds one of the checked values</source>
        <translation>仅保留该字段取值为所勾选值之一的记录</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Keep the rows whose</source>
        <translation>保留字段</translation>
    </message>
    <message>
        <source>is one of:</source>
        <translation>取值为下列之一的记录：</translation>
    </message>
    <message>
        <source>Filters in use (a row must pass every one):</source>
        <translation>当前使用的筛选条件（记录须满足全部条件）：</translation>
    </message>
    <message>
        <source>The table cannot be read: %1</source>
        <translation>无法读取该表：%1</translation>
    </message>
    <message>
        <source>Columns with at most %1 different values can be filtered on.</source>
        <translation>只能按不同取值不超过 %1 个的字段筛选。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n 条记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Check the values to keep first.</source>
        <translation>请先勾选要保留的取值。</translation>
    </message>
    <message>
        <source>None: every row takes part.</source>
        <translation>无：所有记录均参与。</translation>
    </message>
</context>
<context>
    <name>cb::ui::SignificanceSection</name>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Not run on the loaded data yet.</source>
        <translation>尚未对已加载数据运行检验。</translation>
    </message>
    <message>
        <source>No data loaded yet.</source>
        <translation>尚未加载数据。</translation>
    </message>
    <message>
        <source>Permutation test</source>
        <translation>置换检验</translation>
    </message>
    <message>
        <source>Colocation quotient</source>
        <translation>共位商</translation>
    </message>
    <message>
        <source>Ellipse bootstrap</source>
        <translation>椭圆自助法</translation>
    </message>
    <message>
        <source>%1 … %2 %</source>
        <translation>%1 … %2 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;Significance&lt;/b&gt; (loaded data against chance)</source>
        <translation>&lt;b&gt;显著性&lt;/b&gt;（已加载数据与随机分布比较）</translation>
    </message>
    <message>
        <source>&amp;Permutations:</source>
        <translation>置换次数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Null model:</source>
        <translation>零模型(&amp;N)</translation>
    </message>
    <message>
        <source>Shuffle the belts&apos; industries (cities kept)</source>
        <translation>打乱产业带的产业（城市不变）</translation>
    </message>
    <message>
        <source>Move each city&apos;s belts to a random prefecture</source>
        <translation>将每个城市的产业带整体移至随机地级单元</translation>
    </message>
    <message>
        <source>Industries: do the belts of the clusters&apos; cities match them more often than chance? Prefectures: do belts stand where clusters are more often than chance?</source>
        <translation type="vanished">产业：集群所在城市的产业带与集群产业相符的频率是否高于随机？地级单元：产业带是否比随机更常位于集群所在地？</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)</translation>
    </message>
    <message>
        <source>The same seed gives the same result (xoshiro256**, one stream per permutation)</source>
        <translation>相同的种子给出相同的结果（xoshiro256**，每次置换一个独立序列）</translation>
    </message>
    <message>
        <source>Nei&amp;ghbours (CLQ):</source>
        <translation>近邻数（共位商）(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Run tests</source>
        <translation>运行检验(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>观测值</translation>
    </message>
    <message>
        <source>Null mean</source>
        <translation>零分布均值</translation>
    </message>
    <message>
        <source>Null 95 %</source>
        <translation>零分布 95 %</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>(r + 1) / (N + 1): r of N permutations reach the observed value</source>
        <translation>(r + 1) / (N + 1)：N 次置换中有 r 次达到观测值</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bootstrap intervals of the ellipses&lt;/b&gt; (95 %)</source>
        <translation>&lt;b&gt;椭圆的自助法区间&lt;/b&gt;（95 %）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Semi-major (km)</source>
        <translation>长半轴（km）</translation>
    </message>
    <message>
        <source>Semi-minor (km)</source>
        <translation>短半轴（km）</translation>
    </message>
    <message>
        <source>Azimuth (°)</source>
        <translation>方位角（°）</translation>
    </message>
    <message>
        <source>Area (10³ km²)</source>
        <translation>面积（10³ km²）</translation>
    </message>
    <message>
        <source>%1 permutations, seed %2.</source>
        <translation>%1 次置换，种子 %2。</translation>
    </message>
    <message>
        <source>Cities with clusters and belts</source>
        <translation>同时有集群和产业带的城市</translation>
    </message>
    <message>
        <source>Clusters with an identical belt</source>
        <translation>有相同产业带的集群</translation>
    </message>
    <message>
        <source>Clusters with an identical or similar belt</source>
        <translation>有相同或相似产业带的集群</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>This null model keeps the belts in their cities: the figure cannot change</source>
        <translation>此零模型保持产业带所在城市不变：该指标不会改变</translation>
    </message>
    <message>
        <source>&lt;b&gt;Colocation quotient&lt;/b&gt; clusters → belts (%1 nearest neighbours, prefecture points): CLQ = %2, null 95 % %3–%4, p = %5. Above 1: a cluster&apos;s neighbours are belts more often than the belts&apos; share of all points.</source>
        <translation>&lt;b&gt;共位商&lt;/b&gt; 集群 → 产业带（%1 个最近邻，地级单元点）：CLQ = %2，零分布 95 % %3–%4，p = %5。大于 1：集群的近邻是产业带的频率高于产业带在全部点中的占比。</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2–%3）</translation>
    </message>
    <message>
        <source>Null distribution</source>
        <translation>零分布</translation>
    </message>
    <message>
        <source>%1 under the null (red: observed)</source>
        <translation>零模型下的%1（红线：观测值）</translation>
    </message>
    <message>
        <source>Permutations</source>
        <translation>置换次数</translation>
    </message>
    <message>
        <source>On the map, the ellipse layers now show each centre&apos;s 95 % bootstrap region, and the layer &quot;Local colocation quotient&quot; each cluster city&apos;s quotient.</source>
        <translation>地图上的椭圆图层现在显示每个中心的 95 % 自助法区域，“局部共位商”图层显示每个集群城市的共位商。</translation>
    </message>
    <message>
        <source>&amp;Export Tables…</source>
        <translation>导出表格(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the tests&apos; tables (figures, colocation, bootstrap) as CSV files in a folder</source>
        <translation>将检验的表格（指标、共位商、自助法）以 CSV 文件写入文件夹</translation>
    </message>
    <message>
        <source>Weights of the Prefectures</source>
        <translation>地级单元的权重</translation>
    </message>
    <message>
        <source>Tables and boundaries (*.csv *.xlsx *.gpkg *.shp *.geojson *.json);;All files (*)</source>
        <translation>表格和边界 (*.csv *.xlsx *.gpkg *.shp *.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Place each belt in proportion to a weight</source>
        <translation>按权重比例放置每个产业带</translation>
    </message>
    <message>
        <source>Industries: do the belts of the clusters&apos; cities match them more often than chance? Prefectures: do belts stand where clusters are more often than chance? Weight: … more often than if belts followed the weight (population, GDP)?</source>
        <translation>产业：集群所在城市的产业带与集群产业相符的频率是否高于随机？地级单元：产业带是否比随机更常位于集群所在地？权重：……是否高于产业带按权重（人口、GDP）分布时？</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <source>&amp;Weights…</source>
        <translation>权重(&amp;W)…</translation>
    </message>
    <message>
        <source>A table of prefectures (code or name) with a weight such as population or GDP; your boundaries&apos; attributes will do</source>
        <translation>含权重（如人口或 GDP）的地级单元表（代码或名称）；边界文件的属性表亦可</translation>
    </message>
    <message>
        <source>The column of the prefectures&apos; codes or names</source>
        <translation>地级单元代码或名称所在的列</translation>
    </message>
    <message>
        <source>The column of the weights (zero or more)</source>
        <translation>权重所在的列（零或正数）</translation>
    </message>
</context>
<context>
    <name>cb::ui::SummaryPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&lt;b&gt;The study&apos;s figures&lt;/b&gt;</source>
        <translation>&lt;b&gt;研究指标&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Loaded data</source>
        <translation>已加载数据</translation>
    </message>
    <message>
        <source>Published (2022 study)</source>
        <translation>已发表值（2022）</translation>
    </message>
    <message>
        <source>Reported by the study, not computed from the loaded data</source>
        <translation>引自该研究，并非由已加载的数据计算</translation>
    </message>
    <message>
        <source>&lt;small&gt;Published figures: %1, Bulletin of the Chinese Academy of Sciences 37(12), 2022. They are quoted for comparison, not computed. Here a cluster that spans several cities counts once per city, and the shares of clusters are taken over those rows.&lt;/small&gt;</source>
        <translation>&lt;small&gt;已发表数据：%1，《中国科学院院刊》37(12)，2022。仅引用以供对照，并非计算所得。此处跨多个城市的产业集群在每个城市各计一次，产业集群的比例均以这些记录为基数。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By programme&lt;/b&gt; (loaded data)</source>
        <translation>&lt;b&gt;按类别&lt;/b&gt;（已加载数据）</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>… with belts</source>
        <translation>…其中有产业带</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <source>Identical or similar</source>
        <translation>相同或相似</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundled lists against the published ones&lt;/b&gt;</source>
        <translation>&lt;b&gt;内置名录与已公布名录的对照&lt;/b&gt;</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名录</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>检查(&amp;R)…</translation>
    </message>
    <message>
        <source>List the rows that could not be placed in a city and place them by hand</source>
        <translation>列出未能定位到城市的记录并手动定位</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Clusters placed in a city</source>
        <translation>已定位到城市的产业集群</translation>
    </message>
    <message>
        <source>Distinct clusters (programme and name)</source>
        <translation>不重复的产业集群（按类别和名称）</translation>
    </message>
    <message>
        <source>Cities with clusters</source>
        <translation>有产业集群的城市</translation>
    </message>
    <message>
        <source>Cities with belts</source>
        <translation>有产业带的城市</translation>
    </message>
    <message>
        <source>Cities with clusters and belts</source>
        <translation>同时有产业集群和产业带的城市</translation>
    </message>
    <message>
        <source>… share of the cities with clusters</source>
        <translation>…占有产业集群城市的比例</translation>
    </message>
    <message>
        <source>Clusters with an identical or similar belt in their city</source>
        <translation>所在城市有相同或相似行业产业带的产业集群</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1/%2（%3）</translation>
    </message>
    <message>
        <source>… identical industry</source>
        <translation>…相同行业</translation>
    </message>
    <message>
        <source>… similar industry</source>
        <translation>…相似行业</translation>
    </message>
    <message>
        <source>Clusters whose city&apos;s belts are unrelated</source>
        <translation>所在城市产业带均为无关行业的产业集群</translation>
    </message>
    <message>
        <source>Clusters in a city without belts</source>
        <translation>所在城市无产业带的产业集群</translation>
    </message>
    <message>
        <source>Not reported by the study</source>
        <translation>该研究未报告</translation>
    </message>
    <message>
        <source>Published by the 2022 study</source>
        <translation>2022 年研究已发表的数据</translation>
    </message>
    <message>
        <source>(no programme)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>No data loaded yet.</source>
        <translation>尚未加载数据。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Completeness.&lt;/b&gt; Loaded: %1 cluster rows (%2 distinct clusters) from %3 and %4 belt rows from %5. The study counted %6 national clusters.</source>
        <translation>&lt;b&gt;完整性。&lt;/b&gt;已加载：来自 %3 的 %1 条产业集群记录（%2 个不重复的产业集群），以及来自 %5 的 %4 条产业带记录。该研究共统计了 %6 个国家级产业集群。</translation>
    </message>
    <message>
        <source>the bundled list</source>
        <translation>内置名录</translation>
    </message>
    <message>
        <source>The bundled clusters are a partial compilation from public pages: several programmes&apos; lists are incomplete and some clusters were named after the study (see data/README.md).</source>
        <translation>内置的产业集群名录由公开网页整理而成，并不完整：部分类别的名录不全，且有些产业集群是在该研究之后才认定的（见 data/README.md）。</translation>
    </message>
    <message>
        <source>The bundled belts are a small public sample; the study&apos;s belt list (Alibaba, 2021) is not public. Every figure that involves belts is therefore far below the study&apos;s and not comparable with it.</source>
        <translation>内置的产业带仅为少量公开样本；该研究使用的产业带名录（阿里巴巴，2021）未公开。因此凡涉及产业带的数据都远低于该研究的数据，不可与之比较。</translation>
    </message>
    <message>
        <source>Every cluster and belt row was placed in a city.</source>
        <translation>所有产业集群和产业带记录均已定位到城市。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) could not be placed in a city&lt;/b&gt; (%1 clusters, %2 belts) and count in no figure above.</source>
        <translation>
            <numerusform>&lt;b&gt;有 %n 条记录未能定位到城市&lt;/b&gt;（产业集群 %1 条，产业带 %2 条），未计入上述任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have an industry the taxonomy cannot place, so they match no belt.</source>
        <translation>
            <numerusform>有 %n 条记录的行业无法在行业分类体系中归类，因此不与任何产业带匹配。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Filtered:&lt;/b&gt; only the cluster rows with %1 take part (%2 rows).</source>
        <translation>&lt;b&gt;已筛选：&lt;/b&gt;仅满足 %1 的产业集群记录参与统计（%2 条）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filtered:&lt;/b&gt; only the belt rows with %1 take part (%2 rows).</source>
        <translation>&lt;b&gt;已筛选：&lt;/b&gt;仅满足 %1 的产业带记录参与统计（%2 条）。</translation>
    </message>
</context>
<context>
    <name>cb::ui::TablePanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>Belts</source>
        <translation>产业带</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Filter clusters by name, programme, industry, group, city or code</source>
        <translation>按名称、类别、行业、行业组、城市或代码筛选产业集群</translation>
    </message>
    <message>
        <source>Filter belts by name, platform, industry, group, city or code</source>
        <translation>按名称、平台、行业、行业组、城市或代码筛选产业带</translation>
    </message>
    <message>
        <source>Filter cities by name, code, province or outcome</source>
        <translation>按名称、代码、省份或匹配结果筛选城市</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>复制所选行</translation>
    </message>
</context>
<context>
    <name>cb::ui::TrajectoryChart</name>
    <message>
        <source>Ellipses over time (cumulative), China Albers</source>
        <translation>椭圆的时间变化（累计），China Albers</translation>
    </message>
    <message>
        <source>Ellipses over time (per year), China Albers</source>
        <translation>椭圆的时间变化（逐年），China Albers</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Ellipse area (10³ km², solid)</source>
        <translation>椭圆面积（10³ km²，实线）</translation>
    </message>
    <message>
        <source>Mean centre moved (km, dashed)</source>
        <translation>平均中心移动距离（km，虚线）</translation>
    </message>
    <message>
        <source>%1: area</source>
        <translation>%1：面积</translation>
    </message>
    <message>
        <source>%1: centre moved</source>
        <translation>%1：中心移动</translation>
    </message>
</context>
<context>
    <name>cb::ui::UnresolvedDialog</name>
    <message>
        <source>Rows Not Placed in a City</source>
        <translation>未定位到城市的记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选城市</translation>
    </message>
    <message>
        <source>Search a city by name, province or code</source>
        <translation>按名称、省份或代码搜索城市</translation>
    </message>
    <message>
        <source>&amp;Place in This City</source>
        <translation>定位到此城市(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Undo Placement</source>
        <translation>撤销定位(&amp;U)</translation>
    </message>
    <message>
        <source>Let the gazetteer place this row again (it will be unresolved)</source>
        <translation>交由地名库重新定位此记录（它将恢复为未定位）</translation>
    </message>
    <message>
        <source>placed by hand</source>
        <translation>已手动定位</translation>
    </message>
    <message>
        <source>Every row was placed in a city.</source>
        <translation>所有记录均已定位到城市。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be placed in a city and count in no statistic until placed. Choose a row, then the city it belongs to.</source>
        <translation>
            <numerusform>有 %n 条记录未能定位到城市，定位之前不计入任何统计。请先选择一条记录，再选择它所属的城市。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) placed by hand.</source>
        <translation>
            <numerusform>已手动定位 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>placing in %1…</source>
        <translation>正在定位到 %1…</translation>
    </message>
    <message>
        <source>undoing the placement…</source>
        <translation>正在撤销定位…</translation>
    </message>
    <message>
        <source>placed by hand in %1, still unresolved</source>
        <translation>已手动定位到 %1，仍未解决</translation>
    </message>
    <message>
        <source>placed by hand in %1</source>
        <translation>已手动定位到 %1</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>有歧义</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>产业集群</translation>
    </message>
    <message>
        <source>belt</source>
        <translation>产业带</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose a row above.</source>
        <translation>请在上方选择一条记录。</translation>
    </message>
    <message>
        <source>Place &quot;%1&quot; (%2, row %3 of %4) in:</source>
        <translation>将“%1”（%2，%4 第 %3 行）定位到：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation>%1   %2   %3</translation>
    </message>
    <message>
        <source>%1   (candidate)</source>
        <translation>%1   （候选）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Map and match China&apos;s national industrial clusters and online industrial belts.</source>
        <translation>绘制并匹配中国国家级产业集群与线上产业带。</translation>
    </message>
    <message>
        <source>Boundary file to open instead of the bundled prefectures.</source>
        <translation>要打开的边界文件，用以替代内置的地级行政区。</translation>
    </message>
    <message>
        <source>Cluster table to open instead of the bundled national clusters.</source>
        <translation>要打开的产业集群表，用以替代内置的国家级产业集群。</translation>
    </message>
    <message>
        <source>Belt table to open instead of the bundled online belts.</source>
        <translation>要打开的产业带表，用以替代内置的线上产业带。</translation>
    </message>
    <message>
        <source>City to select once the data are loaded (6-digit code or name).</source>
        <translation>数据加载后要选中的城市（6 位代码或名称）。</translation>
    </message>
    <message>
        <source>Project file (.cbproj) to open.</source>
        <translation>要打开的项目文件（.cbproj）。</translation>
    </message>
    <message>
        <source>Only one project file can be opened at a time.</source>
        <translation>一次只能打开一个项目文件。</translation>
    </message>
    <message>
        <source>A project file names its own data: leave out --boundaries, --clusters and --belts.</source>
        <translation>项目文件已指定自己的数据：请不要同时使用 --boundaries、--clusters 和 --belts。</translation>
    </message>
</context>
</TS>
