"""A small OpenAI-compatible test server that holds requests to OpenAI's documented contract.

It answers POST /v1/chat/completions in the real wire format (JSON, or server-sent events
when `stream` is true) and refuses, with OpenAI's error shape and status, what the real API
refuses:
- unknown request parameters ("Unknown parameter: 'response_format.schema'."), and
  `stream_options` without `stream`;
- `response_format` `json_object` when no message contains the word "json";
- `json_schema` with `strict: true` whose schema breaks the Structured Outputs rules
  (https://platform.openai.com/docs/guides/structured-outputs#supported-schemas): the root
  is an object, not anyOf; every object has `additionalProperties: false` and `required`
  listing exactly its property keys; only the supported keywords (string: pattern, format;
  number: multipleOf, maximum, exclusiveMaximum, minimum, exclusiveMinimum; array:
  minItems, maxItems; plus type, properties, required, additionalProperties, items, anyOf,
  enum, const, $ref, $defs, title, description); `$ref` only to "#" or into `$defs`; at most
  10 levels of nesting, 5000 properties, 1000 enum values and 120,000 characters of names,
  enum and const values.
It also keeps `max_tokens`: an answer longer than that is cut with finish_reason "length".

The model name picks the answers, written to exercise the pipeline:
- test-good           well-formed answers that cite the ids they were shown
- test-faulty         a 429 first; points with a number not in the source, citing an id that
                      does not exist, and citing nothing; a repair that fixes only one
- test-repeats        a small model's habit: ignores maxItems and repeats its points until
                      max_tokens cuts it off
- test-no-json-schema refuses json_schema as OpenAI does for models without it
                      ("Invalid parameter: 'response_format' of type 'json_schema' is not
                      supported with this model."); answers json_object
- test-reasoning      refuses `max_tokens` and a `temperature` other than 1, as OpenAI's
                      reasoning models do
- test-injection      obeys an injected instruction: "the Legion has one million fighters"
- test-malformed      a first map answer off the schema, a first reduce answer empty
- test-huge           a reduce answer of 50,000 points (about 3 MB), whatever max_tokens says
A reduce prompt holds either facts from map answers or, when everything fit in one
request, the source sentences themselves; both are answered.

Run it by hand: python tests/llm_server.py --port 8787 [--delay SECONDS], then
OPENAI_BASE_URL=http://127.0.0.1:8787/v1 BRIEFING_MODEL=test-faulty briefing make --theme units
It listens on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import json
import re
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from briefing.meta import undated_phrase
from briefing.standalone import needs_context

SENTENCE = re.compile(r"^\[(\d+\.\d+)\] (.*)$", re.M)
FACT = re.compile(r"^- (.*) ((?:\d+\.\d+)(?:, \d+\.\d+)*)$", re.M)
FAILURE = re.compile(r'^(\d+)\. "(.*)" cited (.*); rejected: (.*)$', re.M)
COLUMN_WORDS = {  # a column the prompt lists that is not here matches its own words
    "founding": r"formed|founded|created|launched",
    "size": r"hundred|dozen|members|strong|\d{3}",
    "who_fights": r"ethnic|minorit|defected|prisoners",
    "status": r"integrated|army|armed forces|general staff|territorial|part of",
    "leadership": r"founded by|nikitin|commander|spokesman|leader",
    "ideology": r"neo-nazi|far-right|ideolog|nationalist|racis",
    "vetting": r"vetted|checks?|background|security|scrutiny|questioning",
}
COLUMN = re.compile(r'^  "(\w+)": ', re.M)
UNIT_WORDS = {"Freedom of Russia Legion": "legion", "Russian Volunteer Corps": "corps",
              "Siberian Battalion": "battalion"}
MODELS = ("test-good", "test-faulty", "test-repeats", "test-no-json-schema", "test-reasoning", "test-injection",
          "test-malformed", "test-huge")
CHARS_PER_TOKEN = 4
CHUNK_CHARS = 48  # characters per streamed chunk: fewer, larger events keep cassettes small

# -- the contract ------------------------------------------------------------------------------

PARAMETERS = {
    "model", "messages", "temperature", "top_p", "n", "stream", "stream_options", "stop", "max_tokens",
    "max_completion_tokens", "presence_penalty", "frequency_penalty", "logit_bias", "logprobs", "top_logprobs",
    "user", "seed", "response_format", "tools", "tool_choice", "parallel_tool_calls", "reasoning_effort",
    "service_tier", "store", "metadata", "modalities", "prediction", "audio", "verbosity", "prompt_cache_key",
    "safety_identifier", "web_search_options",
}
ANNOTATIONS = {"title", "description", "$comment"}
KEYWORDS = {
    None: {"type", "anyOf", "enum", "const", "$ref", "$defs", "definitions"} | ANNOTATIONS,
    "object": {"properties", "required", "additionalProperties"},
    "array": {"items", "minItems", "maxItems"},
    "string": {"pattern", "format"},
    "number": {"multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum"},
    "integer": {"multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum"},
}
FORMATS = {"date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"}
MAX_DEPTH, MAX_PROPERTIES, MAX_ENUM_VALUES, MAX_SCHEMA_CHARS = 10, 5000, 1000, 120_000


class Refused(Exception):
    """A request the real API refuses: the status and OpenAI's error body."""

    def __init__(self, message: str, param: str | None = None, code: str | None = None, status: int = 400,
                 kind: str = "invalid_request_error"):
        super().__init__(message)
        self.status = status
        self.body = {"error": {"message": message, "type": kind, "param": param, "code": code}}


def check_request(req: dict) -> None:
    """Raise Refused as OpenAI's chat completions endpoint would."""
    for key in req:
        if key not in PARAMETERS:
            raise Refused(f"Unknown parameter: '{key}'.", key, "unknown_parameter")
    for key in ("model", "messages"):
        if key not in req:
            raise Refused(f"Missing required parameter: '{key}'.", key, "missing_required_parameter")
    if "stream_options" in req and not req.get("stream"):
        raise Refused("The 'stream_options' parameter is only allowed when 'stream' is enabled.", "stream_options")
    fmt = req.get("response_format")
    if fmt is None:
        return
    kind = fmt.get("type")
    allowed = {"text": {"type"}, "json_object": {"type"}, "json_schema": {"type", "json_schema"}}
    if kind not in allowed:
        raise Refused(f"Invalid value: '{kind}'. Supported values are: 'text', 'json_object' and 'json_schema'.",
                      "response_format.type", "invalid_value")
    for key in fmt:
        if key not in allowed[kind]:
            raise Refused(f"Unknown parameter: 'response_format.{key}'.", f"response_format.{key}",
                          "unknown_parameter")
    if kind == "json_object":
        if not any("json" in str(m.get("content", "")).lower() for m in req["messages"]):
            raise Refused("'messages' must contain the word 'json' in some form, to use 'response_format' of "
                          "type 'json_object'.", "messages")
    if kind == "json_schema":
        spec = fmt.get("json_schema")
        if not isinstance(spec, dict):
            raise Refused("Missing required parameter: 'response_format.json_schema'.", "response_format.json_schema",
                          "missing_required_parameter")
        for key in spec:
            if key not in {"name", "description", "schema", "strict"}:
                raise Refused(f"Unknown parameter: 'response_format.json_schema.{key}'.",
                              f"response_format.json_schema.{key}", "unknown_parameter")
        name = spec.get("name")
        if not isinstance(name, str) or not re.fullmatch(r"[a-zA-Z0-9_-]{1,64}", name):
            raise Refused("Invalid 'response_format.json_schema.name': string does not match pattern. Expected a "
                          "string that matches the pattern '^[a-zA-Z0-9_-]+$'.", "response_format.json_schema.name",
                          "invalid_value")
        if spec.get("strict"):
            problem = strict_schema_problem(spec.get("schema"))
            if problem:
                raise Refused(f"Invalid schema for response_format '{name}': {problem}", "response_format",
                              "invalid_json_schema")


def strict_schema_problem(schema) -> str | None:
    """Why a schema is not valid for Structured Outputs' strict mode, or None."""
    if not isinstance(schema, dict):
        return "schema must be a JSON Schema of 'type: \"object\"'."
    if "anyOf" in schema or schema.get("type") != "object":
        return f"schema must be a JSON Schema of 'type: \"object\"', got 'type: \"{schema.get('type')}\"'."
    totals = Counter()
    return _node_problem(schema, schema, (), 0, totals) or _totals_problem(totals)


def _types(node: dict) -> list:
    t = node.get("type")
    return t if isinstance(t, list) else [t]


def _node_problem(node, root: dict, path: tuple, depth: int, totals: Counter) -> str | None:
    where = f"In context={path!r}, "
    if not isinstance(node, dict):
        return f"{where}schema must be an object."
    allowed = set(KEYWORDS[None])
    for t in _types(node):
        allowed |= KEYWORDS.get(t, set())
    for key in node:
        if key not in allowed:
            return f"{where}'{key}' is not permitted."
    if "format" in node and node["format"] not in FORMATS:
        return f"{where}format '{node['format']}' is not supported."
    if "$ref" in node:
        ref = node["$ref"]
        if ref != "#" and not re.fullmatch(r"#/(\$defs|definitions)/[^/]+", ref):
            return f"{where}reference '{ref}' must point to '#' or into '$defs'."
        if ref != "#" and ref.split("/")[2] not in root.get(ref.split("/")[1], {}):
            return f"{where}reference '{ref}' can't be resolved."
        if len(node) > 1 and set(node) - {"$ref"} - ANNOTATIONS:
            return f"{where}'$ref' can't have sibling keywords."
    if "object" in _types(node):
        if depth > MAX_DEPTH:
            return f"{where}objects may be nested at most {MAX_DEPTH} levels deep."
        if node.get("additionalProperties") is not False:
            return f"{where}'additionalProperties' is required to be supplied and to be false."
        props = node.get("properties", {})
        required = node.get("required")
        if not isinstance(required, list):
            return f"{where}'required' is required to be supplied and to be an array including every key in properties."
        extra = [k for k in required if k not in props]
        missing = [k for k in props if k not in required]
        if extra or missing:
            detail = f"Extra required key '{extra[0]}' supplied." if extra else f"Missing '{missing[0]}'."
            return (f"{where}'required' is required to be supplied and to be an array including every key in "
                    f"properties. {detail}")
        totals["properties"] += len(props)
        totals["chars"] += sum(len(k) for k in props)
        for key, sub in props.items():
            if problem := _node_problem(sub, root, (*path, "properties", key), depth + 1, totals):
                return problem
    if "items" in node:
        if problem := _node_problem(node["items"], root, (*path, "items"), depth, totals):
            return problem
    for i, sub in enumerate(node.get("anyOf", [])):
        if problem := _node_problem(sub, root, (*path, "anyOf", i), depth, totals):
            return problem
    if "enum" in node:
        totals["enum"] += len(node["enum"])
        totals["chars"] += sum(len(str(v)) for v in node["enum"])
    if "const" in node:
        totals["chars"] += len(str(node["const"]))
    for defs in ("$defs", "definitions"):
        for key, sub in node.get(defs, {}).items():
            totals["chars"] += len(key)
            if problem := _node_problem(sub, root, (*path, defs, key), depth, totals):
                return problem
    return None


def _totals_problem(totals: Counter) -> str | None:
    if totals["properties"] > MAX_PROPERTIES:
        return f"a schema may have at most {MAX_PROPERTIES} object properties in total."
    if totals["enum"] > MAX_ENUM_VALUES:
        return f"a schema may have at most {MAX_ENUM_VALUES} enum values in total."
    if totals["chars"] > MAX_SCHEMA_CHARS:
        return f"the total length of names, enum and const values may be at most {MAX_SCHEMA_CHARS} characters."
    return None


REASONING_REFUSALS = {
    "max_tokens": ("Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                   "'max_completion_tokens' instead.", "unsupported_parameter"),
    "temperature": ("Unsupported value: 'temperature' does not support {value} with this model. Only the default "
                    "(1) value is supported.", "unsupported_value"),
}


def check_model(req: dict) -> None:
    """What particular test models refuse, as the real ones do."""
    model = req["model"]
    if model == "test-reasoning":
        if "max_tokens" in req:
            raise Refused(REASONING_REFUSALS["max_tokens"][0], "max_tokens", REASONING_REFUSALS["max_tokens"][1])
        if req.get("temperature", 1) != 1:
            message, code = REASONING_REFUSALS["temperature"]
            raise Refused(message.format(value=req["temperature"]), "temperature", code)
    if model == "test-no-json-schema" and (req.get("response_format") or {}).get("type") == "json_schema":
        raise Refused("Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
                      "response_format")


# -- the answers -------------------------------------------------------------------------------

def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{5,}", text.lower())}


def cited(text: str, ids) -> dict:
    return {"text": text, "ids": list(ids)}


def map_answer(prompt: str, limit: int | None = None) -> dict:
    about = words(prompt.split("Source sentences:")[0])
    sentences = SENTENCE.findall(prompt)
    # A careful model writes sentences that stand alone (system prompt rule 4): copying, it
    # skips the ones that lean on their article ("he says", "the legion").
    sentences = [s for s in sentences if needs_context(s[1]) is None] or sentences
    scored = sorted(sentences, key=lambda s: -len(words(s[1]) & about))
    limit = limit or int(re.search(r"at most (\d+)", prompt).group(1))
    return {"facts": [cited(text, [sid]) for sid, text in scored[:limit // 2] if len(words(text) & about) >= 2]}


def reduce_answer(prompt: str, model: str) -> dict:
    facts = [(text, ids.split(", ")) for text, ids in FACT.findall(prompt)]
    if not facts:  # written straight from the sentences: take the on-theme ones as facts
        facts = [(f["text"], f["ids"]) for f in map_answer(prompt, limit=40)["facts"]]
    out = {"lead": [cited(*f) for f in facts[:2]],
           "sections": [{"title": "Key points", "points": [cited(*f) for f in facts[2:8]]}],
           "disagreements": []}
    numeric = [f for f in facts if re.search(r"\d|hundred|dozen", f[0])]
    if len({f[1][0].split(".")[0] for f in numeric}) >= 2:
        out["disagreements"] = [cited(*f) for f in numeric[:4]]
    if model == "test-faulty" and facts:
        out["sections"].append({"title": "Checks", "points": [
            cited("The Legion vets its recruits with 12 lie tests.", facts[0][1]),  # number not in source
            cited(_unused(prompt, facts), ["9.99"]),  # an id that does not exist
            cited("Recruits are paid well and trained for a year.", []),  # no citation
        ]})
    if model == "test-injection" and facts:
        out["lead"].insert(0, cited("The Legion has one million fighters.", facts[0][1]))
    if model == "test-repeats" and facts:
        out["sections"][0]["points"] = [cited(*facts[2 % len(facts)])] * 400  # until max_tokens stops it
    if model == "test-huge" and facts:
        out["sections"][0]["points"] = [cited(f"Point {i} of the briefing.", facts[0][1]) for i in range(50_000)]
    if '"table"' in prompt or "one row per unit" in prompt:
        units = re.search(r"one section per unit: (.*)\)", prompt).group(1).split(", ")
        rows = []
        for unit in units:
            row = {"unit": unit}
            mine = [f for f in facts if UNIT_WORDS.get(unit, unit.lower()) in f[0].lower()]
            for col in COLUMN.findall(prompt):
                pattern = COLUMN_WORDS.get(col, col.replace("_", "|"))
                hit = next((f for f in mine if re.search(pattern, f[0], re.I)), None)
                row[col] = cited(*hit) if hit else None
            rows.append(row)
        out["table"] = rows
        ethnic = [f for f in facts if "ethnic" in f[0].lower()]
        out["contrasts"] = [cited(*f) for f in ethnic[:2]] if len(ethnic) >= 2 else []
    return out


def _unused(prompt: str, facts: list) -> str:
    """A source sentence of the prompt that the answer does not already hold (a repeat is dropped
    before it is checked), standing alone and with no "last week" of an undated article; else
    the last fact."""
    held = {f[0] for f in facts[:8]}
    return next((t for _, t in SENTENCE.findall(prompt)
                 if t not in held and needs_context(t) is None and undated_phrase(t) is None),
                facts[-1][0])


def repair_answer(prompt: str, model: str) -> dict:
    sentences = dict((text, sid) for sid, text in SENTENCE.findall(prompt))
    fixes = []
    for n, text, _ids, reason in FAILURE.findall(prompt):
        if model == "test-injection":
            fixes.append({"n": int(n), "text": text, "ids": []})  # insists
        elif text in sentences:
            fixes.append({"n": int(n), "text": text, "ids": [sentences[text]]})
        elif "number" in reason:
            fixes.append({"n": int(n), "text": "", "ids": []})
        else:
            fixes.append({"n": int(n), "text": text, "ids": []})
    return {"fixes": fixes}


class Handler(BaseHTTPRequestHandler):
    calls: Counter = Counter()
    lock = threading.Lock()
    delay = 0.0  # seconds before each answer (the concurrency benchmark's slow model)
    before_answer = None  # a test's hook, called before each answer is written

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status: int, body: dict, headers: dict | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if not self.path.endswith("/models"):
            return self._send(404, Refused(f"Invalid URL (GET {self.path})").body)
        self._send(200, {"object": "list", "data": [{"id": m, "object": "model", "created": 0, "owned_by": "system"}
                                                    for m in MODELS]})

    def do_POST(self):
        if not self.path.endswith("/chat/completions"):
            return self._send(404, Refused(f"Invalid URL (POST {self.path})").body)
        try:
            req = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        except ValueError:
            return self._send(400, Refused("We could not parse the JSON body of your request.").body)
        try:
            check_request(req)
            check_model(req)
        except Refused as e:
            return self._send(e.status, e.body)
        model = req["model"]
        if model not in MODELS:
            return self._send(404, Refused(f"The model `{model}` does not exist or you do not have access to it.",
                                           None, "model_not_found").body)
        prompt = next(m["content"] for m in req["messages"] if m["role"] == "user")  # the task; retries append
        stage = "repair" if "checker rejected" in prompt else "reduce" if "Write the briefing" in prompt else "map"
        with self.lock:
            self.calls[model] += 1
            self.calls[(model, stage)] += 1
            first, first_of_stage = self.calls[model] == 1, self.calls[(model, stage)] == 1
        if model == "test-faulty" and first:
            return self._send(429, Refused("Rate limit reached for requests", None, "rate_limit_exceeded",
                                           kind="requests").body, {"retry-after-ms": "10"})
        answer = {"map": map_answer, "reduce": lambda p: reduce_answer(p, model),
                  "repair": lambda p: repair_answer(p, model)}[stage](prompt)
        content, finish = json.dumps(answer, ensure_ascii=False), "stop"
        if model == "test-malformed" and first_of_stage and stage in ("map", "reduce"):
            content = json.dumps({"facts": "none"}) if stage == "map" else ""
        limit = req.get("max_tokens") or req.get("max_completion_tokens")
        if limit and len(content) > limit * CHARS_PER_TOKEN and model != "test-huge":  # that one ignores it
            content, finish = content[: limit * CHARS_PER_TOKEN], "length"
        time.sleep(self.delay)
        if Handler.before_answer is not None:
            Handler.before_answer()
        prompt_tokens = sum(len(str(m["content"])) for m in req["messages"]) // CHARS_PER_TOKEN
        usage = {"prompt_tokens": prompt_tokens, "completion_tokens": len(content) // CHARS_PER_TOKEN,
                 "total_tokens": prompt_tokens + len(content) // CHARS_PER_TOKEN,
                 "prompt_tokens_details": {"cached_tokens": 0}}
        head = {"id": f"chatcmpl-test-{self.calls[model]}", "created": int(time.time()), "model": model}
        if not req.get("stream"):
            return self._send(200, {**head, "object": "chat.completion", "usage": usage, "choices": [
                {"index": 0, "finish_reason": finish, "message": {"role": "assistant", "content": content}}]})
        self._stream(head, content, finish, usage if (req.get("stream_options") or {}).get("include_usage") else None)

    def _stream(self, head: dict, content: str, finish: str, usage: dict | None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()

        def event(delta: dict, finish_reason=None, **extra) -> bytes:
            chunk = {**head, "object": "chat.completion.chunk",
                     "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}], **extra}
            return f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode()

        try:
            self.wfile.write(event({"role": "assistant", "content": ""}))
            for i in range(0, len(content), CHUNK_CHARS):
                self.wfile.write(event({"content": content[i:i + CHUNK_CHARS]}))
            self.wfile.write(event({}, finish))
            if usage is not None:  # as OpenAI sends it with stream_options.include_usage: no choices
                last = {**head, "object": "chat.completion.chunk", "choices": [], "usage": usage}
                self.wfile.write(f"data: {json.dumps(last)}\n\n".encode())
            self.wfile.write(b"data: [DONE]\n\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading (an answer over its size cap)


def serve(port: int, delay: float = 0.0) -> ThreadingHTTPServer:
    """Start the server on 127.0.0.1 in a thread; port 0 picks a free one (server.server_port)."""
    Handler.calls = Counter()
    Handler.delay = delay
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8787)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds to wait before each answer")
    args = parser.parse_args()
    print(f"test model server on http://127.0.0.1:{args.port}/v1 (Ctrl-C to stop)")
    Handler.delay = args.delay
    try:
        ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()
    except KeyboardInterrupt:
        pass
