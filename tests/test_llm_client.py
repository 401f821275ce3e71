"""llm.py's rules, one at a time: reading cut-off answers, what each model is sent, when a
refusal means "no json_schema" and when it is an error, prices."""

from __future__ import annotations

import json

from briefing import themes
from briefing.engines.openai_engine import MapAnswer, with_table
from briefing.llm import (
    PRICES,
    PRICES_DATE,
    Client,
    Usage,
    _lacks_json_schema,
    _refused_parameter,
    count_items,
    family,
    is_reasoning,
    parse,
    tidy,
)

FACT = {"text": "Recruits must pass a lie test.", "ids": ["1.33"]}
ReduceWithTable = with_table(themes.load().get("units"))


class Refusal:
    """What the SDK's APIStatusError carries: the server's param and code."""

    def __init__(self, param=None, code=None):
        self.param, self.code = param, code


def test_a_cut_off_answer_keeps_its_complete_items_and_drops_the_one_being_written():
    content = json.dumps({"facts": [FACT, FACT | {"text": "Second."}, FACT]})
    cut = content[: content.rindex('"1.33"')]  # inside the third item's ids
    answer, problem, _ = parse(cut, MapAnswer, cut=True)
    assert problem == "" and [f.text for f in answer.facts] == [FACT["text"], "Second."]


def test_a_cut_off_item_whose_ids_may_be_short_is_dropped():
    cut = '{"facts": [{"text": "One.", "ids": ["1.1"]}, {"text": "Two.", "ids": ["1.2", "1.'
    answer, _, _ = parse(cut, MapAnswer, cut=True)
    assert [f.text for f in answer.facts] == ["One."]


def test_a_cut_off_item_that_closed_is_kept():
    cut = '{"facts": [{"text": "One.", "ids": ["1.1"]}, {"text": "Two.", "ids": ["1.2"]},'
    answer, _, _ = parse(cut, MapAnswer, cut=True)
    assert [f.text for f in answer.facts] == ["One.", "Two."]


def test_a_cut_off_table_row_keeps_its_complete_cells_and_the_lists_never_reached_are_empty():
    row = {"unit": "Siberian Battalion", "founding": FACT, "size": {"text": "Several hundred", "ids": ["4.5"]}}
    cut = json.dumps({"lead": [FACT], "sections": [], "disagreements": [], "table": [row]})
    cut = cut[: cut.index('"4.5"') + 3]  # inside the size cell's ids
    answer, problem, _ = parse(cut, ReduceWithTable, cut=True)
    assert problem == ""
    [kept] = answer.table
    assert kept.founding.text == FACT["text"] and kept.size is None and kept.vetting is None


def test_an_answer_that_is_not_json_or_empty_says_so():
    assert parse("", MapAnswer)[1] == "the answer is empty"
    assert parse("Sure! Here are the facts:", MapAnswer)[1] == "the answer is not JSON"


def test_bad_items_are_dropped_and_named_the_rest_kept():
    answer, problem, invalid = parse(json.dumps({"facts": [FACT, {"text": "No ids."}]}), MapAnswer)
    assert problem == "" and len(answer.facts) == 1 and invalid == ["0.ids: Field required"]


def test_repeats_are_dropped_within_a_kind_of_list_not_across_kinds():
    answer, _, _ = parse(json.dumps({"lead": [FACT], "disagreements": [],
                                     "sections": [{"title": "A", "points": [FACT, FACT]},
                                                  {"title": "B", "points": [FACT]}], "table": [], "contrasts": []}),
                         ReduceWithTable)
    repeats, _ = tidy(answer, {})
    assert repeats == 2 and count_items(answer) == 2  # once in the lead, once among the points


def test_reasoning_models_get_max_completion_tokens_and_no_temperature():
    for model in ("o3", "o4-mini", "gpt-5", "gpt-5-mini-2025-08-07", "gpt-5.4-nano"):
        params = Client(model=model)._params(500)
        assert is_reasoning(model) and "temperature" not in params and "max_tokens" not in params, model
        assert params["max_completion_tokens"] > 500 and params["reasoning_effort"] == "low"
    for model in ("gpt-4.1-mini", "gpt-4o", "gpt-5-chat-latest", "qwen2.5-7b"):
        assert Client(model=model)._params(500) | {"stream_options": None} == {
            "temperature": 0.0, "max_tokens": 500, "stream_options": None}, model


def test_a_refused_parameter_is_replaced_or_left_out():
    client = Client(model="gpt-4.1-mini")
    message = ("Unsupported parameter: 'max_tokens' is not supported with this model. "
               "Use 'max_completion_tokens' instead.")
    client.refused.add(_refused_parameter(Refusal("max_tokens", "unsupported_parameter"), message))
    client.refused.add(_refused_parameter(Refusal(), "Unsupported value: 'temperature' does not support 0.0 "
                                                     "with this model. Only the default (1) value is supported."))
    assert client._params(500) == {"max_completion_tokens": 500, "stream_options": {"include_usage": True}}
    client.refused.add("max_completion_tokens")  # a server that takes neither: no bound sent, none loops
    assert client._params(500) == {"stream_options": {"include_usage": True}}


def test_only_a_server_without_json_schema_gets_json_object():
    lacks = [(Refusal("response_format"), "Invalid parameter: 'response_format' of type 'json_schema' is not "
                                          "supported with this model."),
             (Refusal(), "json_schema is not supported"),
             (Refusal(), "response_format.type must be one of: text, json_object")]
    for e, message in lacks:
        assert _lacks_json_schema(e, message), message
    other = [(Refusal("response_format", "invalid_json_schema"), "Invalid schema for response_format 'reduce': "
              "In context=(), 'required' is required to be supplied ... Extra required key 'title' supplied."),
             (Refusal("messages"), "'messages' must contain the word 'json' in some form"),
             (Refusal(), "This model's maximum context length is 8192 tokens.")]
    for e, message in other:
        assert not _lacks_json_schema(e, message), message


def test_prices_cover_dated_snapshots_and_say_when_they_were_taken():
    assert PRICES_DATE and family(PRICES, "gpt-4.1-mini-2025-04-14") == PRICES["gpt-4.1-mini"]
    assert family(PRICES, "gpt-5-mini-2025-08-07") == PRICES["gpt-5-mini"]  # not gpt-5's
    assert family(PRICES, "llama-3-8b") is None
    usage = Usage("gpt-4.1-mini", prompt_tokens=1_000_000, completion_tokens=1_000_000)
    assert usage.cost_usd == PRICES["gpt-4.1-mini"][0] + PRICES["gpt-4.1-mini"][2]


def test_progress_is_quiet_when_stderr_is_not_a_terminal(capsys):
    from briefing.progress import Progress

    task = Progress().start("vetting: reduce")  # pytest's stderr is not a terminal
    task.advance(5)
    task.done()
    assert capsys.readouterr().err == "" and task.tokens == 5
