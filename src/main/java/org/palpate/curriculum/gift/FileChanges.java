package org.palpate.curriculum.gift;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palpate.AtomicFiles;

/**
 * Writes a set of files and can put every one of them back: each file's bytes are remembered before its first
 * change (or that it did not exist), and each folder that had to be created. {@link #undo()} restores the files
 * and removes the created files and folders, newest first. Each file is replaced in one rename
 * ({@link AtomicFiles#replaceContent}), so even a process killed between two files leaves each one old or new, whole.
 */
final class FileChanges {

    private final Map<Path, byte[]> originals = new LinkedHashMap<>(); // null value: the file did not exist
    private final List<Path> createdFolders = new ArrayList<>();

    void createFolder(Path folder) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            createdFolders.add(p);
        }
    }

    void write(Path file, String text) throws IOException {
        Path key = file.toAbsolutePath();
        if (!originals.containsKey(key)) {
            originals.put(key, Files.exists(key) ? Files.readAllBytes(key) : null);
        }
        createFolder(key.getParent());
        AtomicFiles.replaceContent(key, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The files written so far, in the order of their first change. */
    List<Path> files() {
        return List.copyOf(originals.keySet());
    }

    /** Puts everything back; returns what could not be restored (empty when all went well). */
    List<String> undo() {
        List<String> failures = new ArrayList<>();
        List<Map.Entry<Path, byte[]>> entries = new ArrayList<>(originals.entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            Path file = entries.get(i).getKey();
            byte[] bytes = entries.get(i).getValue();
            try {
                if (bytes == null) {
                    Files.deleteIfExists(file);
                } else {
                    AtomicFiles.replaceContent(file, bytes);
                }
            } catch (IOException | RuntimeException e) {
                failures.add(file + ": " + e.getMessage());
            }
        }
        for (int i = createdFolders.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(createdFolders.get(i));
            } catch (IOException | RuntimeException e) {
                failures.add(createdFolders.get(i) + ": " + e.getMessage());
            }
        }
        originals.clear();
        createdFolders.clear();
        return failures;
    }
}
