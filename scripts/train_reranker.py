"""Train the bundled dialogue reranker (audio_rag.search.rerank, "dialogue-minilm").

Training text: benchmarks/data/text/reranker_corpus/part_*.jsonl, conversations (meetings,
service calls, interviews, call-ins, news) with paraphrased questions, each naming the
sentence that answers it; written for this project by authors who never saw the evaluation
sets, on themes those sets do not use. The evaluation dialogues
(benchmarks/data/text/retrieval/) are never read here.

Model: the bundled all-MiniLM-L6-v2 encoder, frozen, with a rank-R update of every linear
layer of its encoder (LoRA) and a linear head on the mean token state. Input: the question,
then a turn's text followed by the turn before it (`rerank.passage_text`). Each question is
a group of its answering turn and G-1 other turns: half drawn from the turns of the whole
corpus closest to the question by MiniLM vectors (what first-stage search would bring), the
rest from its own conversation; a fifth of the passages get an unrelated previous turn
(topic changes happen); loss: softmax cross-entropy over the group. The low-rank
factors and the head are written, in float16, to audio_rag/data/reranker-dialogue-minilm.npz.

With `--units FILE` (scripts/make_reranker_units.py) the same conversations also come as
search shows them: spoken, transcribed by Whisper, cut into units and searched; each such
question is a group of a candidate that covers its answer and G-1 wrong candidates that
first-stage search ranked with it. Validation then also reports recall@1 over those
candidates for the validation conversations, which is what search measures. `--init FILE`
continues from saved weights.

    python scripts/train_reranker.py [--epochs 3] [--rank 8] [--out FILE] [--val 0.05]
        [--units FILE] [--init FILE]

The bundled weights were made in three steps on 2 CPU cores (the npz's "meta" records each,
the earlier ones nested under "init"; git history has the corpus at each step):
    python scripts/train_reranker.py --out /tmp/text.npz        (parts a-p, 46 min)
    python scripts/make_reranker_units.py --work /tmp/units
    python scripts/train_reranker.py --init /tmp/text.npz --units /tmp/units/units.jsonl
        --epochs 1 --lr 5e-4 --out /tmp/step2.npz     (one command; parts a-p, 25 min)
then, with parts q-zf added (twice the corpus) and make_reranker_units.py run again:
    python scripts/train_reranker.py --init /tmp/step2.npz --units /tmp/units/units.jsonl
        --epochs 1 --lr 5e-4    (one command; 47 min)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from reranker_training import LowRank, save_delta  # noqa: E402
from textdata import CORPUS, TextSet, reranker_corpus  # noqa: E402

from audio_rag._util.text import sentences  # noqa: E402
from audio_rag.search.rerank import (  # noqa: E402
    DELTA_FILE,
    SEP,
    encode_pairs,
    load_head,
    passage_text,
    pooled_scores,
)

BASE = "all-MiniLM-L6-v2"


def corpus_parts(folder: Path = CORPUS) -> list[TextSet]:
    """The corpus files of `folder` (part_*.jsonl), read: each has `conversations`
    (name -> {"turns": [(role, text)]}) and `questions` ([(question, name, [starts])])."""
    return reranker_corpus(folder)


def load_part(part: TextSet) -> list[dict]:
    """Conversations of one corpus file: {"name", "turns": [text], "questions": [(q, {i})]}."""
    convs = {
        name: {"name": name, "turns": [t for _, t in c["turns"]], "questions": []}
        for name, c in part.conversations.items()
    }
    for question, name, starts in part.questions:
        turns = convs[name]["turns"]
        answer = {i for i, t in enumerate(turns) if _says(t, starts)}
        if answer:
            convs[name]["questions"].append((question, answer))
    return list(convs.values())


def _says(turn: str, starts: list[str]) -> bool:
    """Whether a sentence of `turn` starts with one of `starts`."""
    return any(s.startswith(p) for s in sentences(turn) for p in starts)


def load_corpus(folder: Path = CORPUS) -> list[dict]:
    convs = [c for part in corpus_parts(folder) for c in load_part(part)]
    if not convs:
        raise SystemExit(f"no training conversations in {folder}")
    return convs


def passages(conv: dict) -> list[str]:
    turns = conv["turns"]
    return [passage_text(t, turns[i - 1] if i else None) for i, t in enumerate(turns)]


def mine(convs: list[dict], depth: int) -> dict[tuple[int, int], list[str]]:
    """Hard negatives as first-stage search would bring them: for each question (conversation
    index, question index), the `depth` passages of the whole corpus closest to it by the
    bundled MiniLM vectors, its answers left out."""
    from sentence_transformers import SentenceTransformer

    from audio_rag._util.resolve import resolve

    model = SentenceTransformer(resolve("text", BASE).location)
    flat = [(ci, ti, p) for ci, c in enumerate(convs) for ti, p in enumerate(passages(c))]
    pv = model.encode([p for _, _, p in flat], normalize_embeddings=True, batch_size=64)
    keys = [(ci, qi) for ci, c in enumerate(convs) for qi in range(len(c["questions"]))]
    qs = [convs[ci]["questions"][qi][0] for ci, qi in keys]
    qv = model.encode(qs, normalize_embeddings=True, batch_size=64)
    out = {}
    for (ci, qi), sims in zip(keys, qv @ pv.T):
        answer = convs[ci]["questions"][qi][1]
        order = [j for j in np.argsort(-sims) if not (flat[j][0] == ci and flat[j][1] in answer)]
        out[(ci, qi)] = [flat[j][2] for j in order[:depth]]
    return out


def stray(passage: str, turns: list[str], rng: random.Random) -> str:
    """`passage` with the turn before it swapped for an unrelated one (`turns`): in real
    recordings the unit before is sometimes a change of topic, not a question."""
    own = passage.split(SEP)[0]
    return passage_text(own, rng.choice(turns))


def groups(
    convs: list[dict], size: int, hard: dict, rng: random.Random, p_stray: float = 0.0
) -> list[tuple]:
    """(question, [answering passage, other passages...]) for every question: half the
    others mined (`hard`, see `mine`), the rest from the same conversation, always with
    the turn before the answer (often the same question asked on air); each passage's
    previous turn is replaced by a random one with probability `p_stray` (see `stray`)."""
    out = []
    n_hard = size // 2
    turns = [t for c in convs for t in c["turns"]]
    for ci, c in enumerate(convs):
        ps = passages(c)
        for qi, (question, answer) in enumerate(c["questions"]):
            pos = ps[rng.choice(sorted(answer))]
            others = rng.sample(hard[(ci, qi)], n_hard)
            asked = [ps[i - 1] for i in answer if i and i - 1 not in answer]
            asked = [p for p in asked if p not in others]
            near = [ps[i] for i in range(len(ps)) if i not in answer and ps[i] not in others]
            near = [p for p in near if p not in asked]
            n_near = max(0, size - 1 - n_hard - len(asked[:1]))
            others += asked[:1] + rng.sample(near, min(n_near, len(near)))
            group = [p if rng.random() >= p_stray else stray(p, turns, rng) for p in [pos] + others]
            out.append((question, group))
    rng.shuffle(out)
    return out


def load_units(path: Path) -> list[dict]:
    """Labelled first-stage candidates from scripts/make_reranker_units.py (JSON lines)."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def unit_groups(rows: list[dict], size: int, rng: random.Random) -> list[tuple]:
    """(question, [a right candidate, size-1 wrong ones]) for every labelled question: the
    wrong ones are what first-stage search ranked with it, so no mining is needed."""
    out = []
    for row in rows:
        right = [p for p, y in zip(row["passages"], row["labels"]) if y]
        wrong = [p for p, y in zip(row["passages"], row["labels"]) if not y]
        out.append(
            (row["question"], [rng.choice(right)] + rng.sample(wrong, min(size - 1, len(wrong))))
        )
    return out


def unit_recall(tok, model, head, rows: list[dict]) -> float:
    """Recall@1 of the reranker's order over each question's first-stage candidates."""
    import torch

    def top_is_right(row: dict) -> int:
        (scores,) = group_logits(tok, model, head, [(row["question"], row["passages"])])
        return row["labels"][int(scores.argmax())]

    model.eval()
    with torch.no_grad():
        right = [top_is_right(row) for row in rows]
    model.train()
    return sum(right) / max(len(right), 1)


def batches(items: list, n: int):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def group_logits(tok, model, head, chunk):
    import torch

    qs = [q for q, ps in chunk for _ in ps]
    ps = [p for _, ps in chunk for p in ps]
    scores = pooled_scores(model, head, encode_pairs(tok, qs, ps))
    sizes = [len(p) for _, p in chunk]
    return torch.split(scores, sizes)


def _group_loss(scores):
    """Cross-entropy of a group's scores with its first passage the right one."""
    import torch

    return torch.nn.functional.cross_entropy(scores[None], torch.zeros(1, dtype=torch.long))


def evaluate(tok, model, head, convs: list[dict]) -> float:
    """Recall@1 of the answering turn among all turns of its conversation."""
    import torch

    right = n = 0
    model.eval()
    with torch.no_grad():
        for c in convs:
            ps = passages(c)
            for question, answer in c["questions"]:
                (s,) = group_logits(tok, model, head, [(question, ps)])
                right += int(int(s.argmax()) in answer)
                n += 1
    model.train()
    return right / max(n, 1)


def train(args) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer

    from audio_rag._util.resolve import resolve

    def meta(epochs: int) -> dict:
        run = {"base": BASE, "rank": args.rank, "alpha": args.alpha, "epochs": epochs}
        run["units"] = len(fit_units)
        return {**run, "init": init_meta} if init_meta else run

    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    convs = load_corpus(args.corpus)
    rng.shuffle(convs)
    n_val = int(len(convs) * args.val)
    val, fit = convs[:n_val], convs[n_val:]
    held = {c["name"] for c in val}
    units = load_units(args.units) if args.units else []
    val_units = [r for r in units if r["conversation"] in held]
    fit_units = [r for r in units if r["conversation"] not in held]
    nq = sum(len(c["questions"]) for c in fit) + len(fit_units)
    print(f"{len(fit)} training conversations, {len(val)} for validation; {nq} questions")
    where = resolve("text", BASE).location
    tok = AutoTokenizer.from_pretrained(where)
    model = AutoModel.from_pretrained(where)
    model.train()
    for p in model.parameters():
        p.requires_grad_(False)
    lora = LowRank(model, args.rank, args.alpha, args.seed)
    head = torch.nn.Linear(model.config.hidden_size, 1)
    init_meta = None
    if args.init:
        start = np.load(args.init)
        init_meta = json.loads(str(start["meta"]))  # what it was trained as, kept in ours
        if init_meta["rank"] != args.rank:
            raise SystemExit(f"{args.init}: saved with another --rank than {args.rank}")
        lora.load(start)
        load_head(head, start)
    params = lora.parameters() + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    steps = args.epochs * ((nq + args.batch - 1) // args.batch)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, args.lr, total_steps=steps, pct_start=0.1)

    def report() -> str:
        msg = f"validation recall@1 {evaluate(tok, model, head, val):.3f}" if val else ""
        if val_units:
            first = sum(r["labels"][0] for r in val_units) / len(val_units)
            got = unit_recall(tok, model, head, val_units)
            msg += f"; over search candidates {got:.3f} (first stage {first:.3f})"
        return msg

    print(f"before: {report()}", flush=True)
    t0 = time.time()
    hard = mine(fit, args.mined)
    for epoch in range(args.epochs):
        total = 0.0
        todo = groups(fit, args.group, hard, rng, args.stray) + unit_groups(
            fit_units, args.group, rng
        )
        rng.shuffle(todo)
        for chunk in batches(todo, args.batch):
            logits = group_logits(tok, model, head, chunk)
            loss = sum(_group_loss(s) for s in logits) / len(chunk)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += float(loss.detach()) * len(chunk)
        print(
            f"epoch {epoch + 1}: loss {total / nq:.3f} ({time.time() - t0:.0f} s), {report()}",
            flush=True,
        )
        if args.keep_epochs:
            save_delta(args.out.with_suffix(f".epoch{epoch + 1}.npz"), lora, head, meta(epoch + 1))
    size = save_delta(args.out, lora, head, meta(args.epochs))
    print(f"wrote {args.out} ({size / 1e3:.0f} kB)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=DELTA_FILE)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--rank", type=int, default=8)
    ap.add_argument("--alpha", type=float, default=16.0)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=8, help="questions per step")
    ap.add_argument("--group", type=int, default=8, help="passages per question")
    ap.add_argument("--mined", type=int, default=10, help="hard negatives kept per question")
    ap.add_argument("--stray", type=float, default=0.2, help="share of unrelated previous turns")
    ap.add_argument("--val", type=float, default=0.05, help="share of conversations held out")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep-epochs", action="store_true", help="also save after every epoch")
    ap.add_argument(
        "--units", type=Path, help="labelled search candidates (make_reranker_units.py)"
    )
    ap.add_argument("--init", type=Path, help="start from these saved weights (.npz)")
    train(ap.parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
