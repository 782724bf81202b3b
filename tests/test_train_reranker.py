"""The reranker training script (scripts/train_reranker.py) on a tiny corpus."""

import json
import random
import sys
from pathlib import Path

import numpy as np

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
sys.path.insert(0, str(SCRIPTS))

import make_retrieval_devset  # noqa: E402
import textdata  # noqa: E402
import train_reranker  # noqa: E402

PART = [  # one corpus file (part_*.jsonl): a conversation per line
    {
        "id": "mill",
        "turns": [
            ["host", "Welcome. How old is the mill?"],
            ["guest", "It was built in eighteen twenty, by the river."],
            ["host", "And who runs it now?"],
            ["guest", "A group of twelve volunteers, on Saturdays."],
        ],
        "questions": [
            {"question": "When was the mill put up?", "answer_starts": ["It was built"]},
            {"question": "Who keeps the mill going?", "answer_starts": ["A group"]},
        ],
    },
    {
        "id": "bakery",
        "turns": [
            ["host", "When do you start baking?"],
            ["baker", "At four in the morning, every day but Sunday."],
            ["host", "What sells best?"],
            ["baker", "Rye bread, by far."],
        ],
        "questions": [
            {"question": "How early does the baker get going?", "answer_starts": ["At four"]},
            {"question": "Which loaf is most popular?", "answer_starts": ["Rye bread"]},
        ],
    },
]


def _write_part(folder: Path) -> None:
    (folder / "part_x.jsonl").write_text("".join(json.dumps(c) + "\n" for c in PART))


def _units_row(conversation, right_at, n=6):
    passages = [f"candidate {i} [SEP] before {i}" for i in range(n)]
    labels = [int(i == right_at) for i in range(n)]
    return {"conversation": conversation, "question": "q?", "passages": passages, "labels": labels}


def test_unit_groups_put_a_right_candidate_first_among_wrong_ones():
    rows = [_units_row("mill", 3), _units_row("bakery", 0)]
    groups = train_reranker.unit_groups(rows, size=4, rng=random.Random(0))
    for (question, group), row in zip(groups, rows):
        right = row["passages"][row["labels"].index(1)]
        assert question == "q?" and len(group) == 4 and group[0] == right
        assert right not in group[1:] and set(group[1:]) <= set(row["passages"])


def test_training_answers_are_found_in_the_corpus(tmp_path):
    _write_part(tmp_path)
    convs = train_reranker.load_corpus(tmp_path)
    answers = {c["name"]: [sorted(a) for _, a in c["questions"]] for c in convs}
    assert answers == {"mill": [[1], [3]], "bakery": [[1], [3]]}


def test_training_runs_end_to_end_and_writes_loadable_weights(tmp_path):
    from audio_rag.search.rerank import DialogueReranker

    _write_part(tmp_path)
    units = tmp_path / "units.jsonl"
    units.write_text("".join(json.dumps(_units_row(c, 1)) + "\n" for c in ("mill", "bakery")))
    base = ["--corpus", str(tmp_path), "--units", str(units), "--epochs", "1"]
    base += ["--rank", "2", "--group", "3", "--mined", "2", "--val", "0.5"]
    out, again = tmp_path / "delta.npz", tmp_path / "again.npz"
    assert train_reranker.main(base + ["--out", str(out)]) == 0
    scores = DialogueReranker(out).score("Which loaf is most popular?", ["Rye bread.", "No."])
    assert scores.shape == (2,) and np.isfinite(scores).all()
    assert train_reranker.main(base + ["--out", str(again), "--init", str(out)]) == 0
    assert DialogueReranker(again).score("q?", ["Rye bread."]).shape == (1,)
    meta = json.loads(str(np.load(again)["meta"]))
    assert meta["units"] == 1 and meta["init"]["epochs"] == 1  # how it was made, both runs


def test_every_corpus_question_finds_its_answering_turn():
    """load_part drops a question whose answer start matches no sentence: none may be lost."""
    for part in train_reranker.corpus_parts():
        kept = sum(len(c["questions"]) for c in train_reranker.load_part(part))
        assert kept == len(part.questions), part.name


def test_training_corpus_shares_nothing_with_the_evaluation_dialogues():
    """The reranker never sees an evaluation conversation, question or long sentence."""
    corpus = train_reranker.corpus_parts()
    names = {n for part in corpus for n in part.conversations}
    questions = {q.lower() for part in corpus for q, _, _ in part.questions}
    said = {
        s.lower()
        for part in corpus
        for c in part.conversations.values()
        for _, text in c["turns"]
        for s in train_reranker.sentences(text)
        if len(s.split()) >= 8  # shorter ones are stock phrases ("What has been the hardest part?")
    }
    for file_name in make_retrieval_devset.SETS.values():
        evaluation = textdata.retrieval_set(file_name)
        assert not names & set(evaluation.conversations), file_name
        assert not questions & {q.lower() for q, _, _ in evaluation.questions}, file_name
        for conv in evaluation.conversations.values():
            for _, text in conv["turns"]:
                shared = said & {s.lower() for s in train_reranker.sentences(text)}
                assert not shared, (file_name, shared)


def test_committed_evaluation_sets_match_their_text():
    """Each dialogue question file asks its text's questions, in order, and each answer
    is the time span of the named sentence in the committed audio's turn record."""
    for set_name, file_name in make_retrieval_devset.SETS.items():
        text = textdata.retrieval_set(file_name)
        data = json.loads((make_retrieval_devset.OUT / f"{set_name}.json").read_text())
        assert [q["question"] for q in data["questions"]] == [q for q, _, _ in text.questions]
        for q, (question, name, starts) in zip(data["questions"], text.questions):
            source = q["answers"][0]["source"]
            assert Path(source).stem == name and (make_retrieval_devset.OUT / source).exists()
            turns = json.loads((make_retrieval_devset.OUT / set_name / f"{name}.json").read_text())
            spans = make_retrieval_devset.answer_spans(turns["turns"], starts, source, question)
            assert q["answers"] == spans, question
