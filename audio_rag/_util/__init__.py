"""Small helpers shared by every layer: the lazy-model helper, the backend registry,
model-name resolution, quiet weight loading and text utilities. Imports nothing else of
audio_rag but `errors`."""
