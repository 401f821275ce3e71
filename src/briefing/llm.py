"""Talking to an OpenAI-compatible model: structured answers, bounds, salvage, cache, usage.

- The answer's JSON schema is the SDK's own strict conversion of a pydantic model
  (`openai.lib._pydantic.to_strict_json_schema`), bounded with `maxItems` and an id
  `pattern`: keywords OpenAI's strict mode and llama.cpp's grammars both support.
- `json_object` is used only for a server that says it does not support `json_schema`;
  the request then says "JSON" and carries the schema in the prompt (and, for servers
  other than OpenAI, in `response_format.schema`, which llama.cpp reads).
- Parameters follow the model: reasoning models (o-series, gpt-5 family) get
  `max_completion_tokens` and no `temperature`; a server that refuses a parameter gets
  the request again without it (or with its replacement).
- Answers are streamed (progress shows tokens) and bounded: the first token must come
  within `timeout` seconds, the whole answer within DEADLINE_FACTOR times that, and an
  answer stops at MAX_ANSWER_BYTES. An answer cut off by any of these, or by the token
  limit, keeps its complete items (partial JSON parsing); repeated items are dropped and
  lists are cut to the request's bounds before anything else sees them.
- A usable answer is cached (see cache.py); an entry that no longer parses is a miss.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import json
import os
import re
import types
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin
from urllib.parse import urlparse

from pydantic import BaseModel, ValidationError, WithJsonSchema, WrapValidator
from pydantic_core import from_json

from . import chunks
from .cache import Cache
from .progress import Progress

DEFAULT_MODEL = "gpt-4.1-mini"
# Context windows in tokens; a dated snapshot ("gpt-4.1-mini-2025-04-14") uses its family's.
CONTEXT_LIMITS = {
    "gpt-5.5": 1_050_000, "gpt-5.4": 1_050_000, "gpt-5.4-mini": 400_000, "gpt-5.4-nano": 400_000,
    "gpt-5.2": 400_000, "gpt-5.1": 400_000, "gpt-5": 400_000, "gpt-5-mini": 400_000, "gpt-5-nano": 400_000,
    "gpt-4.1": 1_047_576, "gpt-4.1-mini": 1_047_576, "gpt-4.1-nano": 1_047_576,
    "gpt-4o": 128_000, "gpt-4o-mini": 128_000,
    "o4-mini": 200_000, "o3": 200_000, "o3-mini": 200_000, "o1": 200_000,
}
DEFAULT_CONTEXT = 32_000  # unknown (often local) models: assume a modest window
# US dollars per million tokens: input, cached input, output. Standard tier, OpenAI's
# pricing page as of PRICES_DATE; check https://openai.com/api/pricing before relying on it.
PRICES_DATE = "2026-06"
PRICES = {
    "gpt-5.5": (5.00, 0.50, 30.00), "gpt-5.4": (2.50, 0.25, 15.00), "gpt-5.4-mini": (0.75, 0.075, 4.50),
    "gpt-5.4-nano": (0.20, 0.02, 1.25), "gpt-5.2": (1.75, 0.175, 14.00), "gpt-5.1": (1.25, 0.125, 10.00),
    "gpt-5": (1.25, 0.125, 10.00), "gpt-5-mini": (0.25, 0.025, 2.00), "gpt-5-nano": (0.05, 0.005, 0.40),
    "gpt-4.1": (2.00, 0.50, 8.00), "gpt-4.1-mini": (0.40, 0.10, 1.60), "gpt-4.1-nano": (0.10, 0.025, 0.40),
    "gpt-4o": (2.50, 1.25, 10.00), "gpt-4o-mini": (0.15, 0.075, 0.60),
    "o4-mini": (1.10, 0.275, 4.40), "o3": (2.00, 0.50, 8.00), "o3-mini": (1.10, 0.55, 4.40),
    "o1": (15.00, 7.50, 60.00),
}
MAX_OUTPUT = 4_000  # tokens an answer may take at most, whatever it is asked for
TOKENS_PER_ITEM = 80  # a cited sentence with its ids, as JSON, with room to spare
ANSWER_OVERHEAD = 100
REASONING_ALLOWANCE = 8_000  # reasoning models think inside max_completion_tokens
MAX_ANSWER_BYTES = 64 * 1024  # ~4x the largest answer MAX_OUTPUT allows
DEFAULT_TIMEOUT = 30.0  # seconds to the first token
DEADLINE_FACTOR = 10  # a whole answer may take this many times the first-token timeout
ATTEMPTS = 2
ID_PATTERN = r"^[0-9]+\.[0-9]+$"
# Parameters a server may refuse, and what to send instead (None: leave it out).
REPLACEMENTS = {"max_tokens": "max_completion_tokens", "max_completion_tokens": "max_tokens",
                "temperature": None, "reasoning_effort": None, "stream_options": None,
                "response_format.schema": None}

T = TypeVar("T", bound=BaseModel)
Item = TypeVar("Item")


class LLMError(Exception):
    """The model could not give a usable answer; the message says which request and why."""


def _valid_items(value, handler, info):
    """Keep the items of a list that match the schema; each item is checked by the verifier
    later anyway, so one bad item does not cost the others."""
    if not isinstance(value, list):
        return handler(value)  # not a list at all: the answer is wrong, not one item
    kept = []
    for item in value:
        try:
            kept.extend(handler([item]))
        except ValidationError as e:
            if isinstance(info.context, dict):
                info.context.setdefault("invalid", []).append(_first_error(e))
    return kept


# A list field whose bad items are dropped instead of failing the whole answer.
Items = Annotated[list[Item], WrapValidator(_valid_items)]
# A sentence id as the model must write it; the pattern is for the schema only, so an odd id
# still reaches the repair step with its reason instead of vanishing here.
Id = Annotated[str, WithJsonSchema({"type": "string", "pattern": ID_PATTERN})]


@dataclass
class Usage:
    model: str
    requests: int = 0
    cached_requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    estimated_prompt_tokens: int = 0  # tiktoken's count before sending
    salvaged_answers: int = 0  # answers cut off whose complete items were kept

    def add(self, usage, estimated_prompt: int, streamed: int) -> None:
        """One request's usage as the server reported it; a server that reports none is
        counted from the stream (tokens received) and tiktoken (prompt)."""
        self.requests += 1
        if usage is None:
            self.prompt_tokens += estimated_prompt
            self.completion_tokens += streamed
            return
        self.prompt_tokens += usage.prompt_tokens or 0
        self.completion_tokens += usage.completion_tokens or 0
        details = getattr(usage, "prompt_tokens_details", None)
        self.cached_tokens += (getattr(details, "cached_tokens", 0) or 0) if details else 0

    @property
    def cost_usd(self) -> float | None:
        price = family(PRICES, self.model)
        if price is None:
            return None
        fresh = self.prompt_tokens - self.cached_tokens
        return (fresh * price[0] + self.cached_tokens * price[1] + self.completion_tokens * price[2]) / 1e6

    def to_json(self) -> dict:
        return {"model": self.model, "requests": self.requests, "cached_requests": self.cached_requests,
                "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "cached_tokens": self.cached_tokens, "estimated_prompt_tokens": self.estimated_prompt_tokens,
                "salvaged_answers": self.salvaged_answers, "cost_usd": self.cost_usd}


def family(table: dict, model: str):
    """The entry for a model or for the family of a dated snapshot ("o3-2025-04-16" -> "o3")."""
    if model in table:
        return table[model]
    prefixes = [k for k in table if model.startswith(k + "-")]
    return table[max(prefixes, key=len)] if prefixes else None


def is_reasoning(model: str) -> bool:
    """OpenAI's reasoning models: o1, o3, o4-mini, ... and the gpt-5 family (not gpt-5-chat)."""
    return bool(re.match(r"(o\d|gpt-5)", model)) and "-chat" not in model


def is_openai(base_url: str) -> bool:
    host = urlparse(base_url).hostname or ""
    return host == "api.openai.com" or host.endswith(".api.openai.com")


def answer_schema(answer: type[BaseModel], bounds: dict[str, tuple[int, int]], model: str) -> dict:
    """The SDK's strict schema for `answer`, with `minItems`/`maxItems` on the lists named
    in `bounds` (least, most). Fine-tuned models support none of minItems, maxItems and
    pattern, so they get none."""
    from openai.lib._pydantic import to_strict_json_schema

    schema = to_strict_json_schema(answer)
    plain = model.startswith("ft:")
    nodes = [schema, *schema.get("$defs", {}).values()]
    while nodes:
        node = nodes.pop()
        if not isinstance(node, dict):
            continue
        if plain:
            node.pop("pattern", None)
        for name, prop in (node.get("properties") or {}).items():
            if name in bounds and prop.get("type") == "array" and not plain:
                least, most = bounds[name]
                if least:
                    prop["minItems"] = least
                prop["maxItems"] = most
        nodes.extend(v for k, v in node.items() if k != "$defs" and isinstance(v, dict))
        nodes.extend(x for v in node.values() if isinstance(v, list) for x in v if isinstance(x, dict))
    return schema


def with_lengths(schema: dict, lengths: dict[str, int]) -> dict:
    """A copy of `schema` with `maxLength` on the string properties named in `lengths`. For
    servers whose grammars support it (llama.cpp): OpenAI's strict mode does not list it, and
    without it a small model can write one string until it runs out of tokens."""
    out = copy.deepcopy(schema)
    nodes = [out]
    while nodes:
        node = nodes.pop()
        for name, prop in (node.get("properties") or {}).items():
            if name in lengths and prop.get("type") == "string":
                prop["maxLength"] = lengths[name]
        nodes.extend(v for v in node.values() if isinstance(v, dict))
        nodes.extend(x for v in node.values() if isinstance(v, list) for x in v if isinstance(x, dict))
    return out


# -- reading answers -------------------------------------------------------------------------

def parse(content: str, answer: type[T], cut: bool = False) -> tuple[T | None, str, list[str]]:
    """The answer, why it is unusable (when it is None), and its items that did not fit the
    schema. A cut-off answer (`cut`) is parsed as partial JSON: the item being written when
    it stopped is dropped and the lists it never reached are empty."""
    try:
        data = from_json(content, allow_partial=cut)
    except ValueError:
        return None, "the answer is not JSON" if content.strip() else "the answer is empty", []
    if cut:
        _drop_open_item(data, content)
        _fill_missing(data, answer)
    context: dict[str, list[str]] = {"invalid": []}
    try:
        return answer.model_validate(data, context=context), "", context["invalid"]
    except ValidationError as e:
        return None, f"the answer did not match the schema: {_first_error(e)}", []


def _drop_open_item(data, content: str) -> None:
    """Remove the innermost object on the answer's right edge when it may be incomplete:
    its last value is a list or a number the cut may have shortened. Strings are safe:
    partial parsing leaves an unfinished string out."""
    parent, key, node = None, None, data
    deepest = None
    while True:
        if isinstance(node, dict):
            deepest = (parent, key, node)
            if not node:
                break
            parent, key = node, next(reversed(node))
        elif isinstance(node, list) and node:
            parent, key = node, len(node) - 1
        else:
            break
        node = parent[key]
    if deepest is None or deepest[2] is data:
        return
    owner, slot, obj = deepest
    if obj:  # an empty object is one whose first value was still being written: drop it
        last = obj[next(reversed(obj))]
        tail = content.rstrip().rstrip(",").rstrip()
        closed = tail.endswith("}") or (tail.endswith("]") and isinstance(last, list))
        if closed or not isinstance(last, (list, int, float)) or isinstance(last, bool):
            return
    if isinstance(owner, list):
        owner.pop(slot)
    else:
        owner[slot] = None


def _fill_missing(data, model: type[BaseModel]) -> None:
    """Lists a cut-off answer never reached are empty; optional fields are null."""
    if not isinstance(data, dict):
        return
    for name, info in model.model_fields.items():
        ann = info.annotation
        origin, args = get_origin(ann), get_args(ann)
        if name not in data:
            if origin is list:
                data[name] = []
            elif type(None) in args:
                data[name] = None
            continue
        inner = args if origin in (list, Union, types.UnionType) else (ann,)
        for sub in inner:
            if isinstance(sub, type) and issubclass(sub, BaseModel):
                value = data[name]
                for item in value if isinstance(value, list) else [value]:
                    _fill_missing(item, sub)


def tidy(answer: BaseModel, bounds: dict[str, tuple[int, int]]) -> tuple[int, Counter]:
    """Drop repeated sentences (a small model repeats items, or whole groups of them, until
    it runs out of tokens) and cut each list named in `bounds` to its most. A sentence is a
    repeat of one with the same text in a list of the same name (every group's "points"
    together); lists of different names are different parts of the answer and may overlap.
    Returns the repeats dropped and, per list, how many items were cut."""
    seen: dict[str, set[str]] = {}
    cut: Counter = Counter()
    repeats = 0

    def walk(model: BaseModel) -> None:
        nonlocal repeats
        for name in type(model).model_fields:
            value = getattr(model, name)
            if isinstance(value, BaseModel):
                walk(value)
            if not isinstance(value, list):
                continue
            kept = []
            for item in value:
                text = getattr(item, "text", None)
                if isinstance(text, str) and text.strip():
                    norm = " ".join(text.lower().split())
                    if norm in seen.setdefault(name, set()):
                        repeats += 1
                        continue
                    seen[name].add(norm)
                kept.append(item)
            most = bounds[name][1] if name in bounds else None
            if most is not None and len(kept) > most:
                cut[name] += len(kept) - most
                kept = kept[:most]
            setattr(model, name, kept)
            for item in kept:
                if isinstance(item, BaseModel):
                    walk(item)

    walk(answer)
    return repeats, cut


def count_items(answer: BaseModel) -> int:
    """Sentences in an answer: items with a text."""
    n = 0
    for name in type(answer).model_fields:
        value = getattr(answer, name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, BaseModel):
                n += count_items(item) + (1 if isinstance(getattr(item, "text", None), str) else 0)
    return n


# -- the client ------------------------------------------------------------------------------

@dataclass
class Server:
    """What the server said it is (GET /v1/models), for what it accepts beyond OpenAI's API."""

    kind: str = "openai-compatible"
    context: int | None = None  # tokens a request may hold, when the server says
    extras: dict = field(default_factory=dict)  # request fields only this kind of server reads


# llama.cpp's DRY sampler penalizes repeating a run of tokens (a small model's loop: one
# sentence over and over inside a string) but not the JSON around it: quotes and colons
# are its default sequence breakers. Its window is the answer's recent tokens only: copying
# a sentence of the prompt word for word is what a small model should do.
# return_progress streams a chunk every batch while the prompt is read, so a CPU server
# reading several long prompts at once is not mistaken for a silent one.
LLAMA_CPP_EXTRAS = {"dry_multiplier": 0.8, "dry_penalty_last_n": 128, "return_progress": True}


@dataclass
class Reply:
    content: str
    finish: str | None = None
    tokens: int = 0  # content chunks received (one token each on OpenAI and llama.cpp)
    cut: str = ""  # why it stopped early, said to the user; "" when it finished
    refusal: str = ""
    usage: Any = None  # as the server reported it, if it did


class Client:
    def __init__(self, model: str = DEFAULT_MODEL, cache: Cache | None = None, concurrency: int = 4,
                 max_retries: int = 3, timeout: float = DEFAULT_TIMEOUT,
                 say: Callable[[str], None] = lambda _: None, progress: Progress | None = None):
        self.model = model
        self.cache = cache
        self.concurrency = concurrency
        self.max_retries = max_retries
        self.timeout = timeout
        self.deadline = DEADLINE_FACTOR * timeout
        self.say = say
        self.progress = progress or Progress(enabled=False)
        self.usage = Usage(model)
        self.json_mode = "json_schema"  # json_object once the server has said it lacks json_schema
        self.refused: set[str] = set()  # parameters the server refused
        self._sdk = None  # created on the first request: a fully cached run never imports openai
        self._loop = None
        self.base_url = (os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1").rstrip("/") + "/"
        self.openai_host = is_openai(self.base_url)
        self.server = Server(kind="openai") if self.openai_host else None  # asked on the first request

    def _bind(self) -> None:
        """The semaphore and the SDK's connection pool belong to one event loop; a new loop
        (one `asyncio.run` per call of the engine's `draft`) gets new ones."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._loop, self._sdk = loop, None
            self._sem = asyncio.Semaphore(self.concurrency)
            self._asking_server = asyncio.Lock()

    def _client(self):
        if self._sdk is None:
            import openai  # ~0.4 s to import, so only when a request is really made

            self._openai = openai
            self._sdk = openai.AsyncOpenAI(api_key=self.api_key(), base_url=self.base_url,
                                           max_retries=self.max_retries, timeout=self.timeout)
        return self._sdk

    def api_key(self) -> str:
        """OPENAI_API_KEY goes only to OpenAI; another server gets BRIEFING_API_KEY (or a
        placeholder: local servers take any key), so setting OPENAI_BASE_URL to try a
        server never hands it the user's OpenAI key."""
        if self.openai_host:
            return os.environ.get("OPENAI_API_KEY") or ""
        return os.environ.get("BRIEFING_API_KEY") or "no-key"

    def max_tokens(self, items: int | None) -> int:
        """Room for `items` cited sentences as JSON, within MAX_OUTPUT."""
        if items is None:
            return MAX_OUTPUT
        return min(MAX_OUTPUT, ANSWER_OVERHEAD + TOKENS_PER_ITEM * items)

    def _key(self, messages: list[dict], name: str, schema: dict, max_tokens: int) -> str:
        blob = json.dumps({"model": self.model, "messages": messages, "schema": [name, schema],
                           "max_tokens": max_tokens}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    async def ask(self, name: str, messages: list[dict], answer: type[T], *,
                  bounds: dict[str, tuple[int, int]] | None = None,
                  items: int | None = None, lengths: dict[str, int] | None = None, label: str | None = None,
                  usage: Usage | None = None) -> T:
        """The model's answer to `messages` as an `answer`. `bounds` sets the least and most
        items of lists by field name (in the schema; the most also after parsing); `items`
        is how many sentences are asked for; `lengths` caps strings by field name where the
        server supports it
        at most, which sizes max_tokens. `label` names the request in progress and errors;
        `usage`, when given, is counted besides the client's total (one theme's share)."""
        usages = [self.usage] + ([usage] if usage is not None else [])
        bounds = bounds or {}
        label = label or name
        schema = answer_schema(answer, bounds, self.model)
        max_tokens = self.max_tokens(items)
        key = self._key(messages, name, schema, max_tokens)
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            parsed, _, _ = parse(hit, answer)
            if parsed is not None:  # anything else (truncated, off-schema) is a miss
                tidy(parsed, bounds)
                for u in usages:
                    u.cached_requests += 1
                return parsed
        self._bind()
        self._client()
        async with self._asking_server:
            if self.server is None:
                self.server = await self._ask_server()
        tokens = sum(chunks.count([m["content"] for m in messages])) + 4 * len(messages)
        limit = self.server.context or family(CONTEXT_LIMITS, self.model) or DEFAULT_CONTEXT
        if tokens + max_tokens > limit:
            raise LLMError(f"{label}: prompt of {tokens} tokens and an answer of up to {max_tokens} do not fit "
                           f"{self.model}'s {limit}-token context")
        for u in usages:
            u.estimated_prompt_tokens += tokens
        if lengths and self.server.kind == "llama.cpp":
            schema = with_lengths(schema, lengths)  # sent, not part of the cache key
        convo = list(messages)
        problem = ""
        async with self._sem:
            for _ in range(ATTEMPTS):
                reply = await self._complete(label, convo, name, schema, max_tokens)
                for u in usages:
                    u.add(reply.usage, tokens, reply.tokens)
                parsed, problem, notes = self._read(reply, answer, bounds)
                if reply.cut and parsed is not None:
                    for u in usages:
                        u.salvaged_answers += 1
                if parsed is not None:
                    if notes:
                        self.say(f"{label}: {'; '.join(notes)}")
                    if self.cache is not None:
                        self.cache.put(key, parsed.model_dump_json())
                    return parsed
                echo = reply.content if len(reply.content) <= 2_000 else reply.content[:2_000] + " ..."
                convo = convo + [{"role": "assistant", "content": echo},
                                 {"role": "user", "content": f"That answer was rejected: {problem}. "
                                                             "Reply with JSON that matches the schema."}]
        raise LLMError(f"{label}: no valid answer after {ATTEMPTS} attempts ({problem})")

    def _read(self, reply: Reply, answer: type[T], bounds: dict[str, tuple[int, int]]
              ) -> tuple[T | None, str, list[str]]:
        """The usable part of a reply, or why there is none; and what was left out, for the user."""
        if reply.refusal:
            return None, f"the model refused: {_short(reply.refusal)}", []
        parsed, problem, invalid = parse(reply.content, answer, cut=bool(reply.cut))
        notes = []
        if parsed is None:
            return None, (f"the answer was {reply.cut} before a complete item" if reply.cut else problem), []
        found = count_items(parsed)
        if reply.cut:
            if not found:
                return None, f"the answer was {reply.cut} before a complete item: answer again, shorter", []
            notes.append(f"the answer was {reply.cut}; kept its {found} complete items")
        elif invalid and not found:
            return None, f"no item matched the schema ({invalid[0]})", []
        elif not found and any(least for least, _ in bounds.values()):
            return None, "the answer holds no sentence", []
        if invalid and not reply.cut:  # in a cut answer, the item being written is expected to be incomplete
            notes.append(f"dropped {len(invalid)} items that did not match the schema ({invalid[0]})")
        repeats, cut = tidy(parsed, bounds)
        if repeats:
            notes.append(f"dropped {repeats} repeated items")
        for name, n in cut.items():
            most = bounds[name][1]
            notes.append(f"kept the first {most} {name} of {most + n}")
        return parsed, "", notes

    async def _complete(self, label: str, messages: list[dict], name: str, schema: dict, max_tokens: int) -> Reply:
        """One answer, sent in the form this server accepts: json_schema unless it said it
        lacks it, parameters it refused left out or replaced."""
        self._client()
        openai = self._openai
        while True:
            mode = self.json_mode  # requests run concurrently: another may switch it meanwhile
            params = self._params(max_tokens)
            try:
                return await self._stream(label, self._messages(messages, schema, mode), name, schema, mode, params)
            except openai.APIStatusError as e:
                message = _server_message(e)
                if mode == "json_schema" and _lacks_json_schema(e, message):
                    if self.json_mode == "json_schema":
                        self.json_mode = "json_object"
                        self.say(f"{self.base_url} does not support json_schema ({message}); using json_object")
                    continue
                refused = _refused_parameter(e, message)
                if refused and refused not in self.refused and (refused in params or refused.startswith("response_")):
                    self.refused.add(refused)
                    continue
                raise LLMError(self._status_error(label, e, message)) from None

    async def _ask_server(self) -> Server:
        """One GET /v1/models before the first request to a server that is not OpenAI:
        llama.cpp names itself ("owned_by": "llamacpp") and its context per request
        ("meta": {"n_ctx": ...}). A server that does not answer is just OpenAI-compatible."""
        try:
            async with asyncio.timeout(self.timeout):
                page = await self._sdk.models.list()
        except Exception:  # noqa: BLE001 -- knowing the server is a nicety, not a requirement
            return Server()
        for m in page.data:
            if getattr(m, "owned_by", None) == "llamacpp":
                meta = getattr(m, "meta", None) or {}
                n_ctx = meta.get("n_ctx") if isinstance(meta, dict) else None
                return Server("llama.cpp", n_ctx if isinstance(n_ctx, int) else None, dict(LLAMA_CPP_EXTRAS))
        return Server()

    def _params(self, max_tokens: int) -> dict:
        if is_reasoning(self.model):
            wanted: dict[str, Any] = {"max_completion_tokens": max_tokens + REASONING_ALLOWANCE,
                                      "reasoning_effort": "low"}
        else:
            wanted = {"temperature": 0.0, "max_tokens": max_tokens}
        wanted["stream_options"] = {"include_usage": True}
        params = {}
        for k, v in wanted.items():
            tried: set[str] = set()
            while k is not None and k in self.refused and k not in tried:
                tried.add(k)
                k = REPLACEMENTS.get(k)
            if k is not None and k not in self.refused and k not in params:
                params[k] = v
        return params

    def _messages(self, messages: list[dict], schema: dict, mode: str) -> list[dict]:
        if mode == "json_schema":
            return messages
        # json_object: the messages must say "JSON" (OpenAI refuses them otherwise), and the
        # schema travels in the prompt since json_object carries none.
        note = "Answer with one JSON object that matches this JSON schema:\n" + json.dumps(schema)
        first = next(i for i, m in enumerate(messages) if m["role"] == "user")
        out = list(messages)
        out[first] = {**out[first], "content": f"{out[first]['content']}\n\n{note}"}
        return out

    def _format(self, name: str, schema: dict, mode: str) -> dict:
        if mode == "json_schema":
            return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}
        if self.openai_host or "response_format.schema" in self.refused:
            return {"type": "json_object"}
        return {"type": "json_object", "schema": schema}  # llama.cpp constrains json_object with it

    async def _stream(self, label: str, messages: list[dict], name: str, schema: dict, mode: str,
                      params: dict) -> Reply:
        """Stream one answer. The server must start answering within `timeout` and never go
        silent for longer; the whole answer must come within `deadline`. An answer stopped by
        the deadline, a silence or its size is returned cut, to keep its complete items."""
        openai = self._openai
        start = asyncio.get_running_loop().time()
        parts: list[str] = []
        size, stream = 0, None
        reply = Reply("")
        task = self.progress.start(label)
        try:
            async with asyncio.timeout(self.timeout) as clock:
                stream = await self._sdk.chat.completions.create(
                    model=self.model, messages=messages, stream=True,
                    response_format=self._format(name, schema, mode), **params,
                    **({"extra_body": self.server.extras} if self.server.extras else {}))
                clock.reschedule(start + self.deadline)  # it answers: now the whole answer has its bound
                async for chunk in stream:
                    if chunk.usage is not None:
                        reply.usage = chunk.usage
                    if not chunk.choices:
                        continue
                    choice = chunk.choices[0]
                    delta = choice.delta
                    if getattr(delta, "refusal", None):
                        reply.refusal += delta.refusal
                    if delta.content:
                        parts.append(delta.content)
                        size += len(delta.content.encode("utf-8"))
                        reply.tokens += 1
                        task.advance()
                        if size > MAX_ANSWER_BYTES:
                            reply.cut = f"cut at {MAX_ANSWER_BYTES // 1024} KB"
                            break
                    if choice.finish_reason:
                        reply.finish = choice.finish_reason
        except TimeoutError:
            if stream is None:
                raise LLMError(self._no_answer(label)) from None
            if not parts:
                raise LLMError(f"{label}: {self.base_url} sent no answer within {self.deadline:g} s "
                               f"({DEADLINE_FACTOR} x --timeout)") from None
            reply.cut = f"stopped after {self.deadline:g} s ({DEADLINE_FACTOR} x --timeout)"
        except openai.APITimeoutError:
            if stream is None or not parts:
                raise LLMError(self._no_answer(label)) from None
            reply.cut = f"stopped when the server went silent for {self.timeout:g} s"
        except openai.APIStatusError:
            raise
        except openai.APIConnectionError:
            if stream is None or not parts:
                raise LLMError(f"{label}: cannot reach the model at {self.base_url}") from None
            reply.cut = "stopped when the connection broke"
        finally:
            task.done()
            if stream is not None:
                await stream.close()
        if reply.finish == "length" and not reply.cut:
            reply.cut = f"cut off at the {params.get('max_tokens') or params.get('max_completion_tokens')}-token limit"
        reply.content = "".join(parts)
        return reply

    def _no_answer(self, label: str) -> str:
        return f"{label}: no answer from {self.base_url} within {self.timeout:g} s (--timeout sets the limit)"

    def _status_error(self, label: str, e, message: str) -> str:
        openai = self._openai
        if isinstance(e, openai.AuthenticationError):
            if self.openai_host:
                return f"{self.base_url}: the API key was refused (check OPENAI_API_KEY): {message}"
            return (f"{self.base_url}: the server wants a key: set BRIEFING_API_KEY (OPENAI_API_KEY is sent "
                    f"only to api.openai.com): {message}")
        if isinstance(e, openai.RateLimitError):
            return f"{label}: still rate-limited after {self.max_retries} retries: {message}"
        if isinstance(e, openai.NotFoundError):
            return f"{self.base_url}: model '{self.model}' not found: {message}"
        return f"{label}: {self.base_url} answered {e.status_code}: {message}"


def _server_message(e) -> str:
    body = getattr(e, "body", None)
    message = body.get("message") if isinstance(body, dict) else body if isinstance(body, str) else None
    return _short(message or getattr(e, "message", "") or str(e))


def _lacks_json_schema(e, message: str) -> bool:
    """The server says it does not support response_format json_schema (not: the schema is wrong)."""
    text = message.lower()
    about = "json_schema" in text or "response_format" in text or getattr(e, "param", None) == "response_format"
    unsupported = re.search(r"not supported|unsupported|not available|unavailable|not implemented|"
                            r"must be one of|is not one of|only supports|supported values", text)
    return bool(about and unsupported) and "invalid schema" not in text


def _refused_parameter(e, message: str) -> str | None:
    """The request parameter the server refused, when it is one we can do without."""
    param = getattr(e, "param", None)
    if param in REPLACEMENTS and getattr(e, "code", None) in ("unsupported_parameter", "unsupported_value",
                                                              "unknown_parameter"):
        return param
    m = (re.search(r"(?:unsupported|unknown|unrecognized) (?:parameter|value|request argument)"
                   r"(?: supplied)?:? '?([\w.]+)'?", message, re.I)
         or re.search(r"'([\w.]+)' (?:is not supported|does not support|is unsupported)", message, re.I))
    return m.group(1) if m and m.group(1) in REPLACEMENTS else None


def _short(text: str) -> str:
    return " ".join(str(text).split())[:300]


def _first_error(e: ValidationError) -> str:
    err = e.errors()[0]
    return f"{'.'.join(str(p) for p in err['loc']) or 'answer'}: {err['msg']}"
