// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/project/project.h"

namespace cb {

/// The extension of project files.
inline constexpr const char* kProjectExtension = ".cbproj";

/// A project that cannot be written or read. what() names the file and the problem, in a form
/// that can be shown to the user as is.
struct ProjectError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// A project as read from disk.
struct LoadedProject {
  Project project;                   ///< migrated to Project::kSchemaVersion; paths absolute
  int fileSchemaVersion = 0;         ///< the version the file was written with
  std::vector<MissingFile> missing;  ///< files the project names that are not there (still in `project`)
  std::vector<std::string> notes;    ///< what loading did besides reading (migration, a path found elsewhere)
};

/// The project as JSON text, with every input path relative to `folder` (the folder of the
/// project file) where one exists, '/'-separated, plus the absolute path as a fallback.
std::string projectToJson(const Project& project, const std::filesystem::path& folder);

/// Parses projectToJson() text; relative paths are resolved against `folder`. `file` names the
/// source in error messages. Throws ProjectError for text that is not JSON, not a project, of a
/// newer schema, or with a field of the wrong type, and for an input path that climbs above the
/// root folder (../../…) or names a device, a pipe, a socket or a file in /dev, /proc or /sys.
LoadedProject projectFromJson(const std::string& text, const std::filesystem::path& folder,
                              const std::string& file = "project");

/// Writes the project atomically: the JSON goes to a temporary file in the same folder, which then
/// replaces `file` by a rename, so a crash or a full disk never leaves a half-written project.
/// Throws ProjectError naming the file.
void saveProject(const Project& project, const std::filesystem::path& file);

/// Reads a project written by saveProject (or an older schema, migrated). Throws ProjectError
/// naming the file for a missing, unreadable, truncated or newer file.
LoadedProject loadProject(const std::filesystem::path& file);

}  // namespace cb
