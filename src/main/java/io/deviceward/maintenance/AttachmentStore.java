package io.deviceward.maintenance;

import static io.deviceward.maintenance.MaintenanceAttachment.MAX_BYTES;
import static io.deviceward.maintenance.MaintenanceAttachment.TYPES;

import io.deviceward.shared.InvalidInputException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps the files of a completion as evidence: refuses an empty or too large file and one whose bytes are
 * not a photo, a PDF or text, whatever its name says; stores each with its SHA-256. Only for
 * {@link TaskCompletions}, inside its transaction.
 */
@Component
class AttachmentStore {
    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;

    AttachmentStore(AttachmentRepository attachments, AttachmentContentRepository contents) {
        this.attachments = attachments;
        this.contents = contents;
    }

    void keep(MaintenanceTask task, List<Completion.NewAttachment> files, Instant now) {
        for (Completion.NewAttachment file : files) {
            if (file.content().length == 0) throw new InvalidInputException("attachments", "The file is empty");
            if (file.content().length > MAX_BYTES) {
                throw new InvalidInputException(
                        "attachments", "A file may have at most " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            String type = sniff(file.content());
            if (type == null || !TYPES.contains(type) || !sameFamily(type, file.contentType())) {
                throw new InvalidInputException(
                        "attachments",
                        "Attach a JPEG or PNG photo, a PDF or a text file (\"" + file.fileName() + "\" is not one)");
            }
            String name = file.fileName().replaceAll("[\\\\/\\p{Cntrl}]", "_");
            if (name.length() > 200) name = name.substring(name.length() - 200);
            MaintenanceAttachment attachment = attachments.save(new MaintenanceAttachment(
                    task.getId(), name, type, file.content().length, sha256(file.content()), now));
            contents.save(new AttachmentContent(attachment.getId(), file.content()));
        }
    }

    /** The type the bytes say they are (the name or the browser may say anything). */
    static @Nullable String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff)
            return "image/jpeg";
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "image/png";
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-')
            return "application/pdf";
        for (byte x : b) {
            if (x == 0) return null;
        }
        return "text/plain";
    }

    private static boolean sameFamily(String sniffed, @Nullable String declared) {
        if (declared == null || declared.isBlank() || declared.equals("application/octet-stream")) return true;
        String d = declared.toLowerCase(Locale.ROOT);
        return d.startsWith(sniffed) || (sniffed.equals("text/plain") && d.startsWith("text/"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
