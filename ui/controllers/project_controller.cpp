// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/controllers/project_controller.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <exception>

#include "core/project/project_io.h"
#include "core/scene/layer_stack.h"
#include "ui/controllers/document_controller.h"
#include "ui/controllers/document_history.h"
#include "ui/map/map_canvas.h"
#include "ui/models/layer_tree_model.h"

namespace cb::ui {
namespace {
// A function, not a constant: a translated text must be looked up once the translator is installed.
QString projectFilter() {
  return ProjectController::tr("ClusterBelt projects (*.cbproj);;All files (*)");
}

std::string* inputPath(AnalysisInputs& inputs, const std::string& role) {
  if (role == "boundaries") return &inputs.boundaries;
  if (role == "clusters") return &inputs.clusters.path;
  if (role == "belts") return &inputs.belts.path;
  if (role == "taxonomy") return &inputs.taxonomy;
  return nullptr;
}
}  // namespace

ProjectController::ProjectController(DocumentController* document, LayerTreeModel* layers, MapCanvas* canvas,
                                     DocumentHistory* history, QWidget* dialogParent)
    : QObject(dialogParent),
      mDocument(document),
      mLayers(layers),
      mCanvas(canvas),
      mHistory(history),
      mDialogParent(dialogParent) {
  connect(mDocument, &DocumentController::analysisChanged, this, [this] {
    if (!mPendingView) return;
    // The saved view is applied once the map has its boundaries (the canvas fits them first).
    const MapViewState view = *mPendingView;
    mPendingView.reset();
    QMetaObject::invokeMethod(this, [this, view] { applyViewWhenReady(view); }, Qt::QueuedConnection);
  });
}

Project ProjectController::snapshot() const {
  Project project;
  project.inputs = mDocument->inputs();
  const ViewTransform& view = mCanvas->view();
  if (view.isValid()) project.view = {view.center(), view.metresPerPixel()};
  project.setLayersJson(mLayers->layerStack().toJson());
  return project;
}

bool ProjectController::confirmDiscardOrSave() {
  if (!mHistory->isModified()) return true;
  QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                  mFile.isEmpty() ? tr("The project has unsaved changes.")
                                  : tr("The project %1 has unsaved changes.").arg(QFileInfo(mFile).fileName()),
                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, mDialogParent);
  box.setObjectName(QStringLiteral("unsavedChangesBox"));
  box.setInformativeText(tr("Save them before going on?"));
  box.setDefaultButton(QMessageBox::Save);
  switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
  }
}

bool ProjectController::open(const QString& path) {
  if (!confirmDiscardOrSave()) return false;
  LoadedProject loaded;
  try {
    loaded = loadProject(pathFromUtf8(path.toStdString()));
  } catch (const std::exception& e) {
    QMessageBox::warning(mDialogParent, tr("Cannot open project"), QString::fromStdString(e.what()));
    return false;
  }
  Project& project = loaded.project;
  for (const MissingFile& missing : loaded.missing) {
    const QString missingPath = QString::fromStdString(missing.path);
    const auto answer = QMessageBox::question(
        mDialogParent, tr("File not found"),
        tr("The project's %1 file was not found:\n%2\n\nLocate it? (No keeps the path; the analysis "
           "will report the missing file.)")
            .arg(QString::fromStdString(missing.role), missingPath),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) continue;
    const QString located = QFileDialog::getOpenFileName(mDialogParent, tr("Locate %1").arg(QFileInfo(missingPath).fileName()),
                                                         QFileInfo(path).absolutePath());
    if (std::string* target = inputPath(project.inputs, missing.role); target && !located.isEmpty()) {
      *target = located.toStdString();
    }
  }
  if (const CPLJSONObject layers = project.layersJson(); layers.IsValid()) {
    std::vector<std::string> warnings;
    if (std::optional<LayerStack> stack = LayerStack::fromJson(layers, &warnings)) {
      mLayers->setLayerStack(*stack);
    } else {
      warnings.insert(warnings.begin(), "the layers could not be read; the default layers are shown");
    }
    if (!warnings.empty()) {
      QStringList lines;
      for (const std::string& w : warnings) lines << QString::fromStdString(w);
      QMessageBox::information(mDialogParent, tr("Project layers"), lines.join(QLatin1Char('\n')));
    }
  }
  if (project.view.isValid()) mPendingView = project.view;
  mDocument->setInputs(project.inputs);
  mHistory->reset();  // the project as opened: nothing to undo, nothing unsaved
  mFile = path;
  Q_EMIT currentFileChanged(mFile);
  Q_EMIT projectUsed(mFile);
  return true;
}

void ProjectController::applyViewWhenReady(const MapViewState& view) {
  mCanvas->setView(ViewTransform(view.centre, view.metresPerPixel, mCanvas->width(), mCanvas->height()));
}

bool ProjectController::save() { return mFile.isEmpty() ? saveAs() : saveTo(mFile); }

bool ProjectController::saveAs() {
  QString path = QFileDialog::getSaveFileName(mDialogParent, tr("Save Project"), mFile, projectFilter());
  if (path.isEmpty()) return false;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".cbproj");
  return saveTo(path);
}

bool ProjectController::saveTo(const QString& path) {
  try {
    saveProject(snapshot(), pathFromUtf8(path.toStdString()));
  } catch (const std::exception& e) {
    QMessageBox::warning(mDialogParent, tr("Cannot save project"), QString::fromStdString(e.what()));
    return false;
  }
  mHistory->markSaved();
  if (mFile != path) {
    mFile = path;
    Q_EMIT currentFileChanged(mFile);
  }
  Q_EMIT projectUsed(mFile);
  return true;
}

void ProjectController::chooseAndOpen() {
  const QString path = QFileDialog::getOpenFileName(mDialogParent, tr("Open Project"), QFileInfo(mFile).absolutePath(), projectFilter());
  if (!path.isEmpty()) open(path);
}

}  // namespace cb::ui
