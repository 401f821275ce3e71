"""A small OpenAI-compatible test server, to record cassettes without a real model.

It answers POST /v1/chat/completions in the real wire format with answers written to
exercise the pipeline. The model name picks the behaviour:

- test-good        well-formed answers that cite the ids it was shown
- test-faulty      a 429 first; a reduce answer cut off (finish_reason "length") before
                   the good one; points citing an id that does not exist, citing nothing,
                   and with a number not in the source; a repair that fixes only one
- test-schema-500  HTTP 500 to response_format json_schema (as llama.cpp's server does),
                   answers to json_object
- test-injection   obeys an injected instruction: "the Legion has one million fighters"
- test-malformed   a first map answer that does not match the schema, a first reduce
                   answer that is empty
A reduce prompt holds either facts from map answers or, when everything fit in one
request, the source sentences themselves; both are answered.

Run it by hand: python tests/llm_server.py --port 8787, then
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


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{5,}", text.lower())}


def cited(text: str, ids) -> dict:
    return {"text": text, "ids": list(ids)}


def map_answer(prompt: str, limit: int | None = None) -> dict:
    about = words(prompt.split("Source sentences:")[0])
    sentences = SENTENCE.findall(prompt)
    scored = sorted(sentences, key=lambda s: -len(words(s[1]) & about))
    limit = limit or int(re.search(r"at most (\d+)", prompt).group(1))
    return {"facts": [cited(text, [sid]) for sid, text in scored[:limit // 2] if len(words(text) & about) >= 2]}


def reduce_answer(prompt: str, model: str) -> dict:
    facts = [(text, ids.split(", ")) for text, ids in FACT.findall(prompt)]
    if not facts:  # written straight from the sentences: take the on-theme ones as facts
        facts = [(f["text"], f["ids"]) for f in map_answer(prompt, limit=40)["facts"]]
    out = {"lead": [cited(*f) for f in facts[:2]],
           "sections": [{"title": "Key points", "points": [cited(*f) for f in facts[2:12]]}],
           "disagreements": []}
    numeric = [f for f in facts if re.search(r"\d|hundred|dozen", f[0])]
    if len({f[1][0].split(".")[0] for f in numeric}) >= 2:
        out["disagreements"] = [cited(*f) for f in numeric[:4]]
    if model == "test-faulty" and facts:
        out["sections"][0]["points"] += [
            cited("The Legion vets its recruits with 12 lie tests.", facts[0][1]),  # number not in source
            cited(facts[-1][0], ["9.99"]),  # an id that does not exist
            cited("Recruits are paid well and trained for a year.", []),  # no citation
        ]
    if model == "test-injection" and facts:
        out["lead"].insert(0, cited("The Legion has one million fighters.", facts[0][1]))
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

    def do_POST(self):
        if not self.path.endswith("/chat/completions"):
            return self._send(404, {"error": {"message": "not found"}})
        req = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        model = req["model"]
        prompt = req["messages"][1]["content"]  # a retry appends messages; the task is message 1
        stage = "repair" if "checker rejected" in prompt else "reduce" if "Write the briefing" in prompt else "map"
        with self.lock:
            self.calls[model] += 1
            self.calls[(model, stage)] += 1
            first, first_of_stage = self.calls[model] == 1, self.calls[(model, stage)] == 1
        if model == "test-faulty" and first:
            return self._send(429, {"error": {"message": "rate limited", "type": "rate_limit"}},
                              {"retry-after-ms": "10"})
        if model == "test-schema-500" and req.get("response_format", {}).get("type") == "json_schema":
            return self._send(500, {"error": {"message": "json_schema is not supported", "type": "server_error"}})
        answer = {"map": map_answer, "reduce": lambda p: reduce_answer(p, model),
                  "repair": lambda p: repair_answer(p, model)}[stage](prompt)
        content, finish = json.dumps(answer, ensure_ascii=False), "stop"
        if model == "test-faulty" and stage == "reduce" and first_of_stage:
            content, finish = content[: len(content) // 2], "length"
        if model == "test-malformed" and first_of_stage and stage in ("map", "reduce"):
            content = json.dumps({"facts": "none"}) if stage == "map" else ""
        usage_in = sum(len(m["content"]) for m in req["messages"]) // 4
        self._send(200, {
            "id": f"chatcmpl-test-{self.calls[model]}", "object": "chat.completion", "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "finish_reason": finish,
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": usage_in, "completion_tokens": len(content) // 4,
                      "total_tokens": usage_in + len(content) // 4,
                      "prompt_tokens_details": {"cached_tokens": 0}},
        })


def serve(port: int) -> ThreadingHTTPServer:
    Handler.calls = Counter()
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8787)
    port = parser.parse_args().port
    print(f"test model server on http://127.0.0.1:{port}/v1 (Ctrl-C to stop)")
    try:
        ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
    except KeyboardInterrupt:
        pass
