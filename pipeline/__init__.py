"""The run: the NLP pipeline, the batch runner and the CLI over them."""
