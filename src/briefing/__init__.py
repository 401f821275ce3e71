"""briefing: cited, verified PDF briefings from a folder of news articles.

The pipeline, one module a stage: sources -> sentences -> themes/retrieval ->
engines (extractive | openai) -> verify -> render. `pipeline.run` ties them together.
"""

__version__ = "0.1.0"
