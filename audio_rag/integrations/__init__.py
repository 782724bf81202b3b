"""Framework adapters: `audio_rag.integrations.langchain` (Embeddings, loaders, a
retriever) and `audio_rag.integrations.llama_index` (a reader, an embedding, a
retriever). Each needs its extra; neither is imported until used."""
