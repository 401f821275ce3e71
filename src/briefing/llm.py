"""Talking to an OpenAI-compatible model: structured answers, validation, cache, usage.

- Answers are JSON checked against a pydantic model; an invalid or cut-off answer goes
  back to the model once with the reason (the instructor pattern).
- `response_format` is OpenAI's `json_schema`; servers that reject it (llama.cpp's
  Python server answers 500) get `{"type": "json_object", "schema": ...}` instead.
- Valid answers are cached on disk by model, messages, schema and parameters; nothing
  that failed is cached. Retries of 429/5xx are the SDK's.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from . import chunks
from .files import cache_dir, write_atomic

DEFAULT_MODEL = "gpt-4.1-mini"
CONTEXT_LIMITS = {"gpt-4.1": 1_047_576, "gpt-4.1-mini": 1_047_576, "gpt-4.1-nano": 1_047_576,
                  "gpt-4o": 128_000, "gpt-4o-mini": 128_000}
DEFAULT_CONTEXT = 32_000  # unknown (often local) models: assume a modest window
# US dollars per million tokens: input, cached input, output.
PRICES = {"gpt-4.1": (2.00, 0.50, 8.00), "gpt-4.1-mini": (0.40, 0.10, 1.60), "gpt-4.1-nano": (0.10, 0.025, 0.40),
          "gpt-4o": (2.50, 1.25, 10.00), "gpt-4o-mini": (0.15, 0.075, 0.60)}
MAX_OUTPUT = 4_000
ATTEMPTS = 2

T = TypeVar("T", bound=BaseModel)


class LLMError(Exception):
    """The model could not give a usable answer; the message says which request and why."""


@dataclass
class Usage:
    model: str
    requests: int = 0
    cached_requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    estimated_prompt_tokens: int = 0  # tiktoken's count before sending

    def add(self, usage) -> None:
        self.requests += 1
        if usage is None:
            return
        self.prompt_tokens += usage.prompt_tokens or 0
        self.completion_tokens += usage.completion_tokens or 0
        details = getattr(usage, "prompt_tokens_details", None)
        self.cached_tokens += (getattr(details, "cached_tokens", 0) or 0) if details else 0

    def since(self, before: "Usage") -> "Usage":
        """What was used after `before` was copied: one theme's share of a run."""
        diff = Usage(self.model)
        for name in ("requests", "cached_requests", "prompt_tokens", "completion_tokens", "cached_tokens",
                     "estimated_prompt_tokens"):
            setattr(diff, name, getattr(self, name) - getattr(before, name))
        return diff

    @property
    def cost_usd(self) -> float | None:
        price = PRICES.get(self.model)
        if price is None:
            return None
        fresh = self.prompt_tokens - self.cached_tokens
        return (fresh * price[0] + self.cached_tokens * price[1] + self.completion_tokens * price[2]) / 1e6

    def to_json(self) -> dict:
        return {"model": self.model, "requests": self.requests, "cached_requests": self.cached_requests,
                "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
                "cached_tokens": self.cached_tokens, "estimated_prompt_tokens": self.estimated_prompt_tokens,
                "cost_usd": self.cost_usd}


def strict_schema(model: type[BaseModel]) -> dict:
    """pydantic's JSON schema made acceptable to OpenAI's strict mode: every property
    required, no extra properties, no defaults or titles."""
    def fix(node):
        if isinstance(node, dict):
            node.pop("title", None)
            node.pop("default", None)
            if node.get("type") == "object" and "properties" in node:
                node["required"] = list(node["properties"])
                node["additionalProperties"] = False
            for v in node.values():
                fix(v)
        elif isinstance(node, list):
            for v in node:
                fix(v)
        return node
    return fix(model.model_json_schema())


def default_cache_dir() -> Path:
    return cache_dir("llm")


@dataclass
class Client:
    model: str = DEFAULT_MODEL
    cache_dir: Path | None = field(default_factory=default_cache_dir)  # None: no cache
    concurrency: int = 4
    max_retries: int = 3
    timeout: float = 120.0
    temperature: float = 0.0
    usage: Usage = field(init=False)
    json_mode: str = field(default="json_schema", init=False)

    def __post_init__(self):
        self._sdk = None  # created on the first request: a fully cached run never imports openai
        self._loop = None
        self.usage = Usage(self.model)
        self.base_url = (os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1").rstrip("/") + "/"

    def _bind(self) -> None:
        """Each theme runs in its own event loop; the semaphore and the SDK's connection pool
        belong to one loop, so they are made anew when the loop changes."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._loop, self._sdk = loop, None
            self._sem = asyncio.Semaphore(self.concurrency)

    def _client(self):
        if self._sdk is None:
            import openai  # ~0.4 s to import, so only when a request is really made

            base_url = os.environ.get("OPENAI_BASE_URL") or None
            api_key = os.environ.get("OPENAI_API_KEY")
            if base_url and not api_key:
                api_key = "no-key-needed"  # local servers (llama.cpp, vLLM, Ollama) take any key
            self._openai = openai
            self._sdk = openai.AsyncOpenAI(api_key=api_key, base_url=base_url, max_retries=self.max_retries,
                                           timeout=self.timeout)
        return self._sdk

    def _key(self, messages: list[dict], name: str, schema: dict) -> str:
        blob = json.dumps({"model": self.model, "messages": messages, "schema": [name, schema],
                           "temperature": self.temperature, "max_tokens": MAX_OUTPUT}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def _cached(self, key: str) -> str | None:
        if self.cache_dir is None:
            return None
        path = self.cache_dir / f"{key}.json"
        try:
            return path.read_text("utf-8")
        except OSError:
            return None

    def _store(self, key: str, content: str) -> None:
        if self.cache_dir is None:
            return
        try:
            write_atomic(self.cache_dir / f"{key}.json", content.encode("utf-8"))  # never half an answer
        except OSError:
            pass  # a cache that cannot be written only costs a request next time

    @staticmethod
    def _format(name: str, schema: dict, mode: str) -> dict:
        if mode == "json_schema":
            return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}
        return {"type": "json_object", "schema": schema}

    async def ask(self, name: str, messages: list[dict], answer: type[T]) -> T:
        schema = strict_schema(answer)
        key = self._key(messages, name, schema)
        if (hit := self._cached(key)) is not None:
            try:
                parsed = answer.model_validate_json(hit)
            except ValidationError:
                pass  # a stale entry from an older schema: ask again
            else:
                self.usage.cached_requests += 1
                return parsed
        tokens = sum(chunks.count([m["content"] for m in messages])) + 4 * len(messages)
        limit = CONTEXT_LIMITS.get(self.model, DEFAULT_CONTEXT)
        if tokens + MAX_OUTPUT > limit:
            raise LLMError(f"{name}: prompt of {tokens} tokens does not fit {self.model}'s {limit}-token context")
        self.usage.estimated_prompt_tokens += tokens
        self._bind()
        convo = list(messages)
        problem = ""
        async with self._sem:
            for _ in range(ATTEMPTS):
                content, finish = await self._create(name, convo, schema)
                if finish == "length":
                    problem = "the answer was cut off (finish_reason=length): answer again, shorter"
                else:
                    try:
                        parsed = answer.model_validate_json(content)
                    except ValidationError as e:
                        problem = f"the answer did not match the schema: {_first_error(e)}"
                    else:
                        self._store(key, content)
                        return parsed
                convo = convo + [{"role": "assistant", "content": content or ""},
                                 {"role": "user", "content": f"That answer was rejected: {problem}. "
                                                             "Reply with JSON that matches the schema."}]
        raise LLMError(f"{name}: no valid answer after {ATTEMPTS} attempts ({problem})")

    async def _create(self, name: str, messages: list[dict], schema: dict) -> tuple[str, str | None]:
        self._client()
        openai = self._openai
        rejected = (openai.InternalServerError, openai.BadRequestError, openai.UnprocessableEntityError)
        mode = self.json_mode  # requests run concurrently: another may switch it meanwhile
        try:
            resp = await self._request(name, messages, schema, mode)
        except rejected as e:
            if mode != "json_schema":
                raise LLMError(f"{name}: the server answered {e.status_code}: {_short(e)}") from None
            self.json_mode = "json_object"  # e.g. llama.cpp: 500 on json_schema, fine with json_object
            try:
                resp = await self._request(name, messages, schema, "json_object")
            except rejected as e:
                raise LLMError(f"{name}: the server answered {e.status_code}: {_short(e)}") from None
        self.usage.add(resp.usage)
        if not resp.choices:
            return "", None
        choice = resp.choices[0]
        return choice.message.content or "", choice.finish_reason

    async def _request(self, name: str, messages: list[dict], schema: dict, mode: str):
        openai = self._openai
        try:
            return await self._client().chat.completions.create(
                model=self.model, messages=messages, temperature=self.temperature, max_tokens=MAX_OUTPUT,
                response_format=self._format(name, schema, mode))
        except openai.AuthenticationError:
            raise LLMError(f"{self.base_url}: the API key was refused (check OPENAI_API_KEY)") from None
        except openai.APITimeoutError:
            raise LLMError(f"{name}: {self.base_url} did not answer within {self.timeout:.0f} s") from None
        except openai.APIConnectionError:
            raise LLMError(f"{name}: cannot reach the model at {self.base_url}") from None
        except openai.RateLimitError:
            raise LLMError(f"{name}: still rate-limited after {self.max_retries} retries") from None
        except openai.NotFoundError:
            raise LLMError(f"{self.base_url}: model '{self.model}' not found") from None
        except (openai.InternalServerError, openai.BadRequestError, openai.UnprocessableEntityError):
            raise  # the caller may retry without json_schema
        except openai.APIStatusError as e:
            raise LLMError(f"{name}: the server answered {e.status_code}: {_short(e)}") from None


def _short(e: Exception) -> str:
    return " ".join(str(getattr(e, "message", e)).split())[:200]


def _first_error(e: ValidationError) -> str:
    err = e.errors()[0]
    return f"{'.'.join(str(p) for p in err['loc']) or 'answer'}: {err['msg']}"
