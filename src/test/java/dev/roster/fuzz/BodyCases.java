package dev.roster.fuzz;

import static dev.roster.fuzz.Inputs.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.fuzz.ApiOperations.Field;
import dev.roster.fuzz.ApiOperations.Operation;
import dev.roster.fuzz.Case.Expect;
import dev.roster.fuzz.Case.Via;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hostile bodies: not JSON objects, missing and mistyped fields, odd strings, odd framing. */
final class BodyCases {
    static final String HUGE = "x".repeat(100 * 1024);
    private static final Expect PARSE_ERROR = Expect.error(400, "parse_error");
    private static final Expect BAD_REQUEST = Expect.error(400, "bad_request");

    private BodyCases() {}

    /** Empty and null bodies, JSON that is not an object, malformed JSON, invalid UTF-8, deep nesting. */
    static List<Case> notObjects(Operation op, Inputs in) {
        List<Case> cases = new ArrayList<>();
        if (op.isGet()) {
            String query = Inputs.query(in.base(op), null, null);
            for (String body : List.of("", "null", "[]", "\"x\"", "42", "{", "{\"id\":[[[[[[", nested("[", "]", 200))) {
                cases.add(new Case(op, "GET with body " + Case.cut(body), "GET", op.path(), query,
                    body.getBytes(StandardCharsets.UTF_8), "application/json", Via.HTTP, Expect.ANY));
            }
            return cases;
        }
        cases.add(Case.post(op, "empty object", "{}", Expect.ANY));
        cases.add(Case.post(op, "empty body", "", Expect.SAME_AS_PREVIOUS));
        cases.add(Case.post(op, "blank body", " \r\n\t ", Expect.SAME_AS_PREVIOUS));
        cases.add(Case.post(op, "no body, no content type", new byte[0], null, Expect.SAME_AS_PREVIOUS));
        cases.add(Case.post(op, "null", "null", Expect.ANY));
        for (String notObject : List.of("[]", "[{}]", "\"x\"", "42", "-1.5e300", "true", "false", "\"\"", nested("[", "]", 200),
                "[" + "0,".repeat(50_000) + "0]")) {
            cases.add(Case.post(op, "not an object: " + Case.cut(notObject), notObject, PARSE_ERROR));
        }
        for (String malformed : List.of("{", "}", "{\"a\":}", "{'a':1}", "{a:1}", "{\"a\":1,}", "{\"a\" 1}", "{} {}", "{}x",
                "\"unterminated", "nul", "{\"a\":\"\\x41\"}", "{\"a\":NaN}", "{\"a\":01}", "{\"a\":\"\t\"}", "\u0000",
                "{\"a\":\"\u0000\"}", "{\"a\":\"\u001f\"}", "{\"a\":[1,2}", "{\"a\":{\"b\":1]}", "/* c */ {}", "{\"a\":1e}",
                "{\"a\":".repeat(1500) + "1" + "}".repeat(1500), nested("[", "]", 1500))) {
            cases.add(Case.post(op, "malformed: " + Case.cut(malformed), malformed, PARSE_ERROR));
        }
        cases.add(Case.post(op, "200 levels under an unknown field",
            "{\"zz_unknown\":" + nested("{\"a\":", "}", 200).replace("{\"a\":}", "{\"a\":1}") + "}", Expect.ANY));
        cases.add(Case.post(op, "byte order mark", "\uFEFF{}", Expect.ANY));
        String field = firstStringField(op);
        ObjectNode base = in.base(op);
        for (byte[] bad : List.of(bytes(0xC3, 0x28), bytes(0xFF), bytes(0xFE, 0xFF), bytes(0x80), bytes(0xF8, 0x88, 0x80, 0x80, 0x80),
                bytes(0xE2, 0x82))) {
            cases.add(Case.post(op, "invalid UTF-8 in " + field, withRawBytes(base, field, bad), "application/json", PARSE_ERROR));
        }
        for (byte[] odd : List.of(bytes(0xC0, 0xAF), bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xEF, 0xBF, 0xBF))) {
            cases.add(Case.post(op, "odd UTF-8 in " + field, withRawBytes(base, field, odd), "application/json", Expect.ANY));
        }
        if (!op.required().isEmpty()) {
            String first = op.required().get(0);
            String duplicate = Inputs.json(base).replaceFirst("\\{", "{\"" + first + "\":[\"dup\"],");
            cases.add(Case.post(op, "duplicate key " + first, duplicate, Expect.ANY));
        }
        return cases;
    }

    /** Each required field missing or null; every field, at every depth, of every wrong JSON type. */
    static List<Case> types(Operation op, Inputs in) {
        List<Case> cases = new ArrayList<>();
        ObjectNode base = in.base(op);
        for (String name : op.required()) {
            Expect missing = Expect.error(400, "missing_required_field", name);
            cases.add(Case.input(op, "without " + name, op.isGet() ? Inputs.query(Inputs.without(base, name), null, null)
                : Inputs.json(Inputs.without(base, name)), missing));
            if (!op.isGet()) cases.add(Case.post(op, name + " null", Inputs.json(Inputs.with(base, List.of(name), NODES.nullNode())), missing));
        }
        for (Field field : op.fieldsAndUnknown()) {
            for (Map.Entry<String, JsonNode> wrong : wrongTypes(field).entrySet()) {
                // Inside arrays and objects, one value of each JSON type is enough.
                if (field.path().size() > 1 && List.of("fraction", "empty array", "empty object").contains(wrong.getKey())) continue;
                boolean requiredString = field.required() && field.isString() && !op.isGet() && !wrong.getValue().isNull();
                Expect expect = requiredString ? Expect.error(400, "unexpected_json_type", field.name()) : Expect.ANY;
                cases.add(Case.input(op, field.dotted() + " as " + wrong.getKey(), Inputs.input(op, base, field, wrong.getValue()), expect));
            }
        }
        return cases;
    }

    private static Map<String, JsonNode> wrongTypes(Field field) {
        Map<String, JsonNode> all = new java.util.LinkedHashMap<>();
        if (!field.isString()) all.put("string", NODES.textNode("fuzz"));
        if (!List.of("integer", "number").contains(field.type())) {
            all.put("number", NODES.numberNode(42));
            all.put("fraction", NODES.numberNode(-1.5));
        }
        if (!field.type().equals("boolean")) all.put("bool", NODES.booleanNode(true));
        if (!field.type().equals("array")) {
            all.put("array", NODES.arrayNode().add(1).add("a"));
            all.put("empty array", NODES.arrayNode());
        }
        if (!field.type().equals("object")) {
            all.put("object", NODES.objectNode().put("a", 1));
            all.put("empty object", NODES.objectNode());
        }
        all.put("null", NODES.nullNode());
        if (List.of("integer", "number").contains(field.type())) {
            all.put("zero", NODES.numberNode(0));
            all.put("negative", NODES.numberNode(-1));
            all.put("fraction", NODES.numberNode(1.5));
            all.put("2^31", NODES.numberNode(2147483648L));
            all.put("2^63", NODES.numberNode(new BigInteger("9223372036854775808")));
            all.put("1e308", NODES.numberNode(1e308));
            all.put("100 digits", NODES.numberNode(new BigInteger("9".repeat(100))));
        }
        return all;
    }

    /** 100 KB strings, NUL, lone surrogates and other odd text in every string; 200-deep JSON in every other field. */
    static List<Case> strings(Operation op, Inputs in) {
        List<Case> cases = new ArrayList<>();
        ObjectNode base = in.base(op);
        for (Field field : op.fieldsAndUnknown()) {
            if (field.isString() || field.type().equals("any")) {
                // Top-level strings get every odd value; nested ones and query parameters the sharpest few.
                List<String> values = new ArrayList<>(List.of("a\u0000b", "\ud800", "\u202eevil", ""));
                if (field.path().size() == 1 && !op.isGet()) {
                    values.addAll(List.of("\u0000", "\udc00\ud800", "\uffff\ufffe", "\ud83d\ude00", " ", "\u2028\u2029",
                        "\r\n\t", "'\"\\;--", "%00%ff", "\u00e9".repeat(50 * 1024)));
                }
                if (!op.isGet()) values.add(HUGE);
                for (String value : values) {
                    cases.add(Case.input(op, field.dotted() + " = " + Case.cut(value),
                        Inputs.input(op, base, field, NODES.textNode(value)), Expect.ANY));
                }
            }
            if (!field.isString() && !op.isGet()) {
                for (String odd : List.of(nested("[", "]", 200), nested("{\"a\":", "}", 200).replace("{\"a\":}", "{\"a\":1}"),
                        "{\"\\u0000\":\"x\"}", "{\"k\":\"\\u0000\"}", "{\"k\":\"\\ud800\"}", "{\"" + HUGE + "\":1}",
                        "{\"k\":\"" + HUGE + "\"}", "[\"" + HUGE + "\"]")) {
                    cases.add(Case.post(op, field.dotted() + " = " + Case.cut(odd),
                        Inputs.json(Inputs.with(base, field.path(), NODES.textNode("@@RAW@@"))).replace("\"@@RAW@@\"", odd),
                        Expect.ANY));
                }
            }
        }
        return cases;
    }

    /** Bodies over 1 MiB (declared and chunked), wrong content types, and malformed framing sent raw. */
    static List<Case> framing(Operation op, Inputs in) {
        List<Case> cases = new ArrayList<>();
        ObjectNode base = in.base(op);
        String query = op.isGet() ? Inputs.query(base, null, null) : null;
        byte[] json = Inputs.json(op.isGet() ? NODES.objectNode() : base).getBytes(StandardCharsets.UTF_8);
        String target = op.path() + (query == null || query.isEmpty() ? "" : "?" + query);
        String head = op.method() + " " + target + " HTTP/1.1\r\nHost: roster\r\nContent-Type: application/json\r\n";
        String big = Inputs.json(Inputs.with(base, List.of("zz_padding"), NODES.textNode("x".repeat(1 << 20))));
        Expect tooLarge = op.isGet() ? Expect.ANY : BAD_REQUEST;
        cases.add(raw(op, big.length() + " bytes", tooLarge, head + "Content-Length: " + big.length()
            + "\r\nConnection: close\r\n\r\n" + big));
        StringBuilder chunked = new StringBuilder();
        for (int at = 0; at < big.length(); at += 65_536) {
            String chunk = big.substring(at, Math.min(big.length(), at + 65_536));
            chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        cases.add(raw(op, big.length() + " bytes chunked", tooLarge, head + "Transfer-Encoding: chunked\r\n"
            + "Connection: close\r\n\r\n" + chunked + "0\r\n\r\n"));
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/xml", "application/json; charset=utf-16", "garbage/;;", "")) {
            cases.add(new Case(op, "Content-Type " + type, op.method(), op.path(), query, json, type, Via.HTTP, Expect.ANY));
        }
        cases.add(new Case(op, "form body", op.method(), op.path(), query, "a=b&id=DEVU-999999999".getBytes(StandardCharsets.UTF_8),
            "application/x-www-form-urlencoded", Via.HTTP, Expect.ANY));
        String body = new String(json, StandardCharsets.ISO_8859_1);
        for (String framing : List.of("Content-Length: abc", "Content-Length: -1", "Content-Length: 99999999999999999999",
                "Transfer-Encoding: chunked\r\nContent-Length: " + json.length, "Content-Length: 2\r\nContent-Length: 3")) {
            cases.add(raw(op, framing.replace("\r\n", " + "), Expect.ANY, head + framing + "\r\nConnection: close\r\n\r\n" + body));
        }
        cases.add(raw(op, "bad chunk size", Expect.ANY, head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n"
            + body + "\r\n0\r\n\r\n"));
        return cases;
    }

    static Case raw(Operation op, String what, Expect expect, String request) {
        return new Case(op, what, op.method(), op.path(), null, request.getBytes(StandardCharsets.ISO_8859_1), null, Via.RAW,
            expect);
    }

    static String nested(String open, String close, int depth) {
        return open.repeat(depth) + close.repeat(depth);
    }

    private static String firstStringField(Operation op) {
        return op.topLevel().stream().filter(Field::isString).map(Field::name).findFirst().orElse("zz_unknown");
    }

    private static byte[] withRawBytes(ObjectNode base, String field, byte[] bad) {
        String marker = "@@BAD@@";
        String text = Inputs.json(Inputs.with(base, List.of(field), NODES.textNode("a" + marker + "z")));
        String[] parts = text.split(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }
}
