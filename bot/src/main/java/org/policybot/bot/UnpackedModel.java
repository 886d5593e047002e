package org.policybot.bot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.policybot.knowledge.index.MiniLmEmbedder;

/**
 * The embedding model, its tokenizer and ONNX Runtime's native libraries, unpacked beside the jar when
 * it was packaged ({@value #MODEL_DIR}/ and {@value #NATIVE_DIR}/): read as files they save the model's
 * loading thread inflating 16 MB of model from a jar and writing ONNX Runtime's 16 MB library to a
 * temporary folder at every start (about 0.3 s of a cold start on this machine, 2026-12-01). Without
 * them (the class path of the tests, a folder packaged elsewhere), both come from the jars as before.
 */
final class UnpackedModel {
    static final String MODEL_DIR = "model";
    static final String NATIVE_DIR = "native";
    /** Where ONNX Runtime looks for its libraries when this property names a folder. */
    static final String NATIVE_PATH = "onnxruntime.native.path";

    private UnpackedModel() {
    }

    /** Points the model and ONNX Runtime at the unpacked files beside the running jar, when they are there. */
    static void use() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return;
        }
        Path home = Path.of(classPath).toAbsolutePath().normalize().getParent();
        if (home == null) {
            return;
        }
        MiniLmEmbedder.readFrom(home.resolve(MODEL_DIR));
        Path libraries = home.resolve(NATIVE_DIR).resolve(Path.of("ai", "onnxruntime", "native", platform()));
        if (System.getProperty(NATIVE_PATH) == null
                && Files.isRegularFile(libraries.resolve(System.mapLibraryName("onnxruntime")))
                && Files.isRegularFile(libraries.resolve(System.mapLibraryName("onnxruntime4j_jni")))) {
            System.setProperty(NATIVE_PATH, libraries.toString());
        }
    }

    /** ONNX Runtime's name for this platform's folder of libraries ("linux-x64"). */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : "linux";
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch;
        return o + "-" + a;
    }
}
