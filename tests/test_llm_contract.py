"""tests/llm_server.py refuses what OpenAI's API refuses, with OpenAI's error shape, so the
cassettes recorded against it can catch a request the real API would reject; and what the
client sends passes it.

The rules are OpenAI's Structured Outputs "Supported schemas" and the chat completions
parameters (https://platform.openai.com/docs/guides/structured-outputs#supported-schemas).
"""

from __future__ import annotations

import copy

import pytest
from llm_server import Refused, check_request, strict_schema_problem

from briefing import themes
from briefing.engines.openai_engine import MapAnswer, ReduceAnswer, RepairAnswer, with_table
from briefing.llm import answer_schema

ReduceWithTable = with_table(themes.load().get("units"))

BOUNDS = {"lead": (1, 3), "sections": (1, 4), "points": (1, 6), "disagreements": (0, 6), "table": (0, 3),
          "ids": (1, 4), "facts": (0, 8), "fixes": (0, 5), "contrasts": (0, 6)}
# What the hand-written llm.strict_schema used to send for the reduce answer: it popped every
# key named "title", the property PointGroup.title too, after filling "required".
OLD_REDUCE_SCHEMA = {
    "$defs": {
        "Cited": {"properties": {"text": {"type": "string"}, "ids": {"items": {"type": "string"}, "type": "array"}},
                  "required": ["text", "ids"], "type": "object", "additionalProperties": False},
        "PointGroup": {"properties": {"points": {"items": {"$ref": "#/$defs/Cited"}, "type": "array"}},
                       "required": ["title", "points"], "type": "object", "additionalProperties": False}},
    "properties": {"lead": {"items": {"$ref": "#/$defs/Cited"}, "type": "array"},
                   "sections": {"items": {"$ref": "#/$defs/PointGroup"}, "type": "array"},
                   "disagreements": {"items": {"$ref": "#/$defs/Cited"}, "type": "array"}},
    "required": ["lead", "sections", "disagreements"], "type": "object", "additionalProperties": False}


def request(schema: dict | None = None, **extra) -> dict:
    req = {"model": "test-good", "messages": [{"role": "user", "content": "Write the briefing."}], **extra}
    if schema is not None:
        req["response_format"] = {"type": "json_schema",
                                  "json_schema": {"name": "reduce", "schema": schema, "strict": True}}
    return req


def refusal(req: dict) -> dict:
    with pytest.raises(Refused) as e:
        check_request(req)
    assert e.value.status == 400
    return e.value.body["error"]


@pytest.mark.parametrize("answer", [MapAnswer, ReduceAnswer, ReduceWithTable, RepairAnswer])
def test_every_answer_schema_the_client_sends_is_valid_strict_mode(answer):
    assert strict_schema_problem(answer_schema(answer, BOUNDS, "gpt-4.1-mini")) is None


def test_the_old_hand_written_schema_is_refused_as_the_real_api_refused_it():
    error = refusal(request(OLD_REDUCE_SCHEMA))
    assert error["message"].startswith("Invalid schema for response_format 'reduce': ")
    assert "Extra required key 'title' supplied." in error["message"]
    assert error["type"] == "invalid_request_error" and error["param"] == "response_format"


def test_the_sdk_conversion_keeps_the_title_property():
    group = answer_schema(ReduceAnswer, {}, "gpt-4.1-mini")["$defs"]["PointGroup"]
    assert set(group["required"]) == set(group["properties"]) == {"title", "points"}


def test_fine_tuned_models_get_no_bounds_they_do_not_support():
    schema = answer_schema(ReduceAnswer, BOUNDS, "ft:gpt-4.1-mini:acme::abc123")
    assert "maxItems" not in str(schema) and "minItems" not in str(schema) and "pattern" not in str(schema)


def test_object_without_additional_properties_false_is_refused():
    schema = copy.deepcopy(OLD_REDUCE_SCHEMA)
    schema["$defs"]["PointGroup"]["required"] = ["points"]
    del schema["$defs"]["Cited"]["additionalProperties"]
    assert "'additionalProperties' is required to be supplied and to be false" in refusal(request(schema))["message"]


def test_a_property_missing_from_required_is_refused():
    schema = answer_schema(ReduceAnswer, {}, "gpt-4.1-mini")
    schema["$defs"]["Cited"]["required"] = ["text"]
    assert "Missing 'ids'" in refusal(request(schema))["message"]


@pytest.mark.parametrize("keyword, value", [("allOf", [{"type": "string"}]), ("not", {"type": "null"}),
                                            ("if", {"type": "string"}), ("default", "x"),
                                            ("patternProperties", {}), ("minLength", 1)])
def test_unsupported_keywords_are_refused(keyword, value):
    schema = answer_schema(ReduceAnswer, {}, "gpt-4.1-mini")
    schema["$defs"]["Cited"]["properties"]["text"][keyword] = value
    assert f"'{keyword}' is not permitted" in refusal(request(schema))["message"]


def test_root_must_be_an_object_not_any_of():
    assert "must be a JSON Schema of 'type: \"object\"'" in refusal(request({"anyOf": [{"type": "object"}]}))["message"]


def test_ref_only_into_defs():
    schema = answer_schema(ReduceAnswer, {}, "gpt-4.1-mini")
    schema["properties"]["lead"]["items"] = {"$ref": "#/properties/sections"}
    assert "must point to '#' or into '$defs'" in refusal(request(schema))["message"]


def test_nesting_deeper_than_ten_levels_is_refused():
    node = {"type": "object", "properties": {}, "required": [], "additionalProperties": False}
    root = node
    for _ in range(11):
        child = {"type": "object", "properties": {}, "required": [], "additionalProperties": False}
        node["properties"]["x"], node["required"] = child, ["x"]
        node = child
    assert "nested at most 10 levels" in refusal(request(root))["message"]


def test_more_than_5000_properties_are_refused():
    props = {f"p{i}": {"type": "string"} for i in range(5001)}
    schema = {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}
    assert "at most 5000 object properties" in refusal(request(schema))["message"]


def test_json_object_needs_the_word_json_in_the_messages():
    error = refusal(request(response_format={"type": "json_object"}))
    assert error["param"] == "messages" and "must contain the word 'json'" in error["message"]
    ok = request(response_format={"type": "json_object"})
    ok["messages"][0]["content"] += " Answer in JSON."
    check_request(ok)


def test_json_object_carries_no_schema_for_openai():
    req = request(response_format={"type": "json_object", "schema": {"type": "object"}})
    req["messages"][0]["content"] += " JSON"
    error = refusal(req)
    assert error == {"message": "Unknown parameter: 'response_format.schema'.", "type": "invalid_request_error",
                     "param": "response_format.schema", "code": "unknown_parameter"}


def test_unknown_parameters_are_refused():
    error = refusal(request(dry_multiplier=0.8))
    assert error["code"] == "unknown_parameter" and error["param"] == "dry_multiplier"


def test_stream_options_need_stream():
    assert refusal(request(stream_options={"include_usage": True}))["param"] == "stream_options"


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_errors_reach_the_sdk_in_openais_shape(live_llm):
    """Over HTTP, the SDK reads the refusal as the real API's: a BadRequestError whose
    param and code it parsed from the body."""
    import openai

    client = openai.OpenAI(base_url=f"http://127.0.0.1:{live_llm.server_port}/v1", api_key="x", max_retries=0)
    with pytest.raises(openai.BadRequestError) as e:
        client.chat.completions.create(**request(OLD_REDUCE_SCHEMA))
    assert e.value.param == "response_format" and "Extra required key 'title'" in e.value.message
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(**{**request(), "model": "no-such-model"})


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_the_old_schema_fails_a_whole_run_with_the_servers_message(live_llm, tmp_path, monkeypatch):
    """The bug this contract catches: a run whose schema the real API refuses ends with a
    one-line error quoting the server, not a silent switch to json_object."""
    from click.testing import CliRunner
    from conftest import SEEDS

    from briefing import llm
    from briefing.cli import cli

    monkeypatch.setattr(llm, "answer_schema", lambda answer, bounds, model: copy.deepcopy(OLD_REDUCE_SCHEMA))
    result = CliRunner().invoke(cli, ["make", "--engine", "openai", "--model", "test-good", "--theme", "risks",
                                      "--sources", str(SEEDS), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "answered 400: Invalid schema for response_format 'reduce'" in result.output
    assert "json_object" not in result.output and "Traceback" not in result.output
