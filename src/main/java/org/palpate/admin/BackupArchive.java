package org.palpate.admin;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup zip, opened for reading only: its entries are never written to disk (no zip slip), only the manifest
 * and table files of the expected names are accepted, and all that is unpacked counts against one size limit, by
 * the bytes actually read (a zip's declared sizes can lie).
 */
final class BackupArchive implements Closeable {

    private static final Pattern TABLE_ENTRY = Pattern.compile("tables/[a-z0-9_]{1,64}\\.jsonl");

    private final ZipFile zip;
    private final long maxBytes;
    private long unpacked;

    private BackupArchive(ZipFile zip, long maxBytes) {
        this.zip = zip;
        this.maxBytes = maxBytes;
    }

    static BackupArchive open(Path file, long maxBytes) throws NotABackup {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new NotABackup("not a zip file, or a zip cut short");
        } catch (IOException e) {
            throw new NotABackup("cannot read it: " + e.getMessage());
        }
        BackupArchive archive = new BackupArchive(zip, maxBytes);
        try {
            archive.checkNames();
        } catch (NotABackup e) {
            archive.close();
            throw e;
        }
        return archive;
    }

    private void checkNames() throws NotABackup {
        Set<String> seen = new HashSet<>();
        boolean script = false;
        boolean manifest = false;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
            String name = entries.nextElement().getName();
            if (!seen.add(name)) {
                throw new NotABackup("the entry " + name + " appears twice");
            }
            script |= name.endsWith(".sql");
            manifest |= name.equals(BackupManifest.ENTRY);
        }
        if (!manifest && script) {
            throw new NotABackup("it is an SQL script, the format of Palpate 0.1's backups, which restore no longer runs since a "
                    + "script can run any code; restore it with the version that wrote it, then back up again with this one");
        }
        if (!manifest) {
            throw new NotABackup("it has no " + BackupManifest.ENTRY);
        }
        for (String name : seen) {
            if (!name.equals(BackupManifest.ENTRY) && !TABLE_ENTRY.matcher(name).matches()) {
                throw new NotABackup("unexpected entry " + printable(name));
            }
        }
    }

    Set<String> tableEntries() {
        Set<String> names = new HashSet<>();
        zip.stream().map(ZipEntry::getName).filter(n -> TABLE_ENTRY.matcher(n).matches()).forEach(names::add);
        return names;
    }

    /** The entry's content, counted against the size limit; a missing entry means the file is not a backup. */
    InputStream read(String name) throws IOException, NotABackup {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new NotABackup("it has no " + name);
        }
        return new Counted(zip.getInputStream(entry));
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only: nothing is lost
        }
    }

    static String printable(String text) {
        return text.codePoints().limit(80).collect(StringBuilder::new,
                (b, c) -> b.append(Character.isISOControl(c) ? "?" : Character.toString(c)), StringBuilder::append).toString();
    }

    /** Thrown (unchecked, through the readers) when the unpacked bytes pass the limit. */
    static final class TooLarge extends RuntimeException {

        TooLarge(long limit) {
            super("it unpacks to more than " + limit + " bytes (the limit is palpate.restore.max-bytes)");
        }
    }

    private final class Counted extends FilterInputStream {

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            unpacked += n;
            if (unpacked > maxBytes) {
                throw new TooLarge(maxBytes);
            }
        }
    }
}
