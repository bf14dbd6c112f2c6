package io.github.backproplab.kernel;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a compiled cell class so that its calls of {@code System.exit}, {@code Runtime.exit} and
 * {@code Runtime.halt} go to {@link CellExit} instead: cells run inside the kernel's JVM, where
 * those calls would end the kernel.
 *
 * <p>Only the class file's constant pool and the call instructions change, keeping every length
 * and offset: {@code System.exit(I)V} (called, or referenced as {@code System::exit}) is pointed at
 * {@code CellExit.exit(I)V}; each {@code invokevirtual Runtime.exit(I)V} or {@code Runtime.halt(I)V}
 * becomes an {@code invokestatic} of {@code CellExit.exit/halt(Runtime, int)}, which takes the same
 * operands from the stack. Classes without such calls are returned unchanged.
 */
final class ExitCalls {
    private static final String CELL_EXIT = CellExit.class.getName().replace('.', '/');
    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int METHODREF = 10;
    private static final int NAME_AND_TYPE = 12;
    private static final int INVOKEVIRTUAL = 0xb6;
    private static final int INVOKESTATIC = 0xb8;

    private ExitCalls() {
    }

    /** {@code classFile} with its exit calls redirected; the argument itself is not modified. */
    static byte[] redirect(byte[] classFile) {
        ConstantPool pool = ConstantPool.read(classFile);
        List<Integer> systemExits = new ArrayList<>();
        Map<Integer, String> runtimeCalls = new HashMap<>(); // Methodref index -> "exit" or "halt"
        for (int i = 1; i < pool.count; i++) {
            if (pool.tags[i] != METHODREF || !"(I)V".equals(pool.descriptorOf(i))) {
                continue;
            }
            String owner = pool.ownerOf(i);
            String name = pool.nameOf(i);
            if (owner.equals("java/lang/System") && name.equals("exit")) {
                systemExits.add(i);
            } else if (owner.equals("java/lang/Runtime") && (name.equals("exit") || name.equals("halt"))) {
                runtimeCalls.put(i, name);
            }
        }
        if (systemExits.isEmpty() && runtimeCalls.isEmpty()) {
            return classFile;
        }
        byte[] patched = classFile.clone();
        ByteArrayOutputStream added = new ByteArrayOutputStream();
        int next = pool.count;
        int cellExitName = next++;
        added.writeBytes(utf8(CELL_EXIT));
        int cellExitClass = next++;
        added.write(CLASS);
        writeU2(added, cellExitName);
        for (int methodref : systemExits) {
            putU2(patched, pool.offsets[methodref] + 1, cellExitClass); // same name and type, other class
        }
        Map<Integer, Integer> replacements = new HashMap<>(); // Runtime's Methodref -> CellExit's
        for (Map.Entry<Integer, String> call : runtimeCalls.entrySet()) {
            int name = next++;
            added.writeBytes(utf8(call.getValue()));
            int descriptor = next++;
            added.writeBytes(utf8("(Ljava/lang/Runtime;I)V"));
            int nameAndType = next++;
            added.write(NAME_AND_TYPE);
            writeU2(added, name);
            writeU2(added, descriptor);
            int methodref = next++;
            added.write(METHODREF);
            writeU2(added, cellExitClass);
            writeU2(added, nameAndType);
            replacements.put(call.getKey(), methodref);
        }
        if (!replacements.isEmpty()) {
            Code.forEachInstruction(patched, pool.end, (code, at) -> {
                if ((code[at] & 0xff) == INVOKEVIRTUAL) {
                    Integer target = replacements.get(u2(code, at + 1));
                    if (target != null) {
                        code[at] = (byte) INVOKESTATIC;
                        putU2(code, at + 1, target);
                    }
                }
            });
        }
        if (next > 0xffff) {
            throw new IllegalArgumentException("the class's constant pool is full");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(patched.length + added.size());
        out.write(patched, 0, 8);
        writeU2(out, next);
        out.write(patched, 10, pool.end - 10);
        out.writeBytes(added.toByteArray());
        out.write(patched, pool.end, patched.length - pool.end);
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8); // the names used here are plain ASCII
        ByteBuffer entry = ByteBuffer.allocate(3 + bytes.length);
        entry.put((byte) UTF8).putShort((short) bytes.length).put(bytes);
        return entry.array();
    }

    static int u2(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    static int u4(byte[] b, int at) {
        return (u2(b, at) << 16) | u2(b, at + 2);
    }

    private static void putU2(byte[] b, int at, int value) {
        b[at] = (byte) (value >> 8);
        b[at + 1] = (byte) value;
    }

    private static void writeU2(ByteArrayOutputStream out, int value) {
        out.write(value >> 8);
        out.write(value);
    }

    /** The constant pool of a class file: where each entry starts, and its tag. */
    private static final class ConstantPool {
        final byte[] file;
        final int count;
        final int[] offsets;
        final int[] tags;
        /** Where the pool ends: the class's access flags. */
        final int end;

        private ConstantPool(byte[] file, int count, int[] offsets, int[] tags, int end) {
            this.file = file;
            this.count = count;
            this.offsets = offsets;
            this.tags = tags;
            this.end = end;
        }

        static ConstantPool read(byte[] file) {
            if (file.length < 10 || u4(file, 0) != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            int count = u2(file, 8);
            int[] offsets = new int[count];
            int[] tags = new int[count];
            int at = 10;
            for (int i = 1; i < count; i++) {
                offsets[i] = at;
                tags[i] = file[at] & 0xff;
                at += 1 + switch (tags[i]) {
                    case UTF8 -> 2 + u2(file, at + 1);
                    case 3, 4, 9, 10, 11, NAME_AND_TYPE, 17, 18 -> 4;
                    case 5, 6 -> 8;
                    case CLASS, 8, 16, 19, 20 -> 2;
                    case 15 -> 3;
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tags[i]);
                };
                if (tags[i] == 5 || tags[i] == 6) {
                    i++; // a long or double takes two entries
                }
            }
            return new ConstantPool(file, count, offsets, tags, at);
        }

        private String utf8At(int index) {
            int at = offsets[index];
            return new String(file, at + 3, u2(file, at + 1), StandardCharsets.UTF_8);
        }

        String ownerOf(int methodref) {
            int classEntry = u2(file, offsets[methodref] + 1);
            return utf8At(u2(file, offsets[classEntry] + 1));
        }

        String nameOf(int methodref) {
            int nameAndType = u2(file, offsets[methodref] + 3);
            return utf8At(u2(file, offsets[nameAndType] + 1));
        }

        String descriptorOf(int methodref) {
            int nameAndType = u2(file, offsets[methodref] + 3);
            return utf8At(u2(file, offsets[nameAndType] + 3));
        }

        boolean isUtf8(int index, String text) {
            return index > 0 && index < count && tags[index] == UTF8 && utf8At(index).equals(text);
        }
    }

    /** Walks the bytecode of every method. */
    private static final class Code {
        interface Visitor {
            /** Called with the class file and the offset of an instruction's opcode. */
            void visit(byte[] file, int at);
        }

        static void forEachInstruction(byte[] file, int poolEnd, Visitor visitor) {
            ConstantPool pool = ConstantPool.read(file);
            int at = poolEnd + 6; // access flags, this class, super class
            at += 2 + 2 * u2(file, at); // interfaces
            at = skipMembers(file, at); // fields
            int methods = u2(file, at);
            at += 2;
            for (int m = 0; m < methods; m++) {
                int attributes = u2(file, at + 6);
                at += 8;
                for (int a = 0; a < attributes; a++) {
                    int length = u4(file, at + 2);
                    if (pool.isUtf8(u2(file, at), "Code")) {
                        int codeStart = at + 6 + 8;
                        walk(file, codeStart, u4(file, at + 6 + 4), visitor);
                    }
                    at += 6 + length;
                }
            }
        }

        private static int skipMembers(byte[] file, int at) {
            int members = u2(file, at);
            at += 2;
            for (int m = 0; m < members; m++) {
                int attributes = u2(file, at + 6);
                at += 8;
                for (int a = 0; a < attributes; a++) {
                    at += 6 + u4(file, at + 2);
                }
            }
            return at;
        }

        private static void walk(byte[] file, int start, int length, Visitor visitor) {
            int pc = 0;
            while (pc < length) {
                int at = start + pc;
                visitor.visit(file, at);
                pc += instructionLength(file, start, pc);
            }
        }

        /** The length in bytes of the instruction at {@code pc} (JVM specification, chapter 6). */
        private static int instructionLength(byte[] file, int start, int pc) {
            int opcode = file[start + pc] & 0xff;
            if (opcode == 0xaa || opcode == 0xab) { // tableswitch, lookupswitch: padded to 4 bytes
                int operands = start + pc + 1 + (3 - pc % 4);
                if (opcode == 0xaa) {
                    int low = u4(file, operands + 4);
                    int high = u4(file, operands + 8);
                    return operands - (start + pc) + 12 + 4 * (high - low + 1);
                }
                return operands - (start + pc) + 8 + 8 * u4(file, operands + 4);
            }
            if (opcode == 0xc4) { // wide
                return (file[start + pc + 1] & 0xff) == 0x84 ? 6 : 4;
            }
            return LENGTHS[opcode];
        }

        private static final int[] LENGTHS = new int[256];

        static {
            java.util.Arrays.fill(LENGTHS, 1);
            for (int op : new int[] {0x10, 0x12, 0x15, 0x16, 0x17, 0x18, 0x19, 0x36, 0x37, 0x38, 0x39, 0x3a,
                    0xa9, 0xbc}) {
                LENGTHS[op] = 2;
            }
            for (int op : new int[] {0x11, 0x13, 0x14, 0x84, 0xbb, 0xbd, 0xc0, 0xc1, 0xc6, 0xc7}) {
                LENGTHS[op] = 3;
            }
            for (int op = 0x99; op <= 0xa8; op++) {
                LENGTHS[op] = 3; // conditional jumps, goto, jsr
            }
            for (int op = 0xb2; op <= 0xb8; op++) {
                LENGTHS[op] = 3; // field access, invokevirtual, invokespecial, invokestatic
            }
            LENGTHS[0xb9] = 5; // invokeinterface
            LENGTHS[0xba] = 5; // invokedynamic
            LENGTHS[0xc5] = 4; // multianewarray
            LENGTHS[0xc8] = 5; // goto_w
            LENGTHS[0xc9] = 5; // jsr_w
        }
    }
}
