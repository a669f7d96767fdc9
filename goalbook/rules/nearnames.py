"""Near-duplicates (D103): two names for one indicator, by their words (keyed by
:mod:`goalbook.rules.namekeys`) or alike with targets that say the same."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from goalbook.findings import Hit
from goalbook.model import Indicator, Target, TargetKind
from goalbook.rules.common import main_target, shown
from goalbook.rules.namekeys import measure, near_key, one_name, tier2_key
from goalbook.rules.nearalike import Entry, alike, tells_apart
from goalbook.targets import meaning
from goalbook.vocabulary import word, words


def near(items: list[Indicator], lang: str, project: str, goals: str = "") -> Iterator[Hit]:
    """Two names for one indicator: one inside the other, or alike with the same measure and
    targets that differ only in the operator (or not at all); or the same words, one with the
    project's subject before them (月饼礼盒包装抽检合格率 / 礼盒包装抽检合格率 in a 月饼 project).

    Only names with the same measure (…满意度, …完成率) are compared, so the pairs looked at
    stay few even in a table of a hundred indicators."""
    by_measure: dict[tuple[str, tuple[object, ...]], list[Entry]] = {}
    named: dict[str, Entry] = {}  # a name once its synonyms are one word (参训人数 / 培训人数)
    subjects: dict[str, Entry] = {}  # a name without the project's subject it starts with
    by_unit: dict[tuple[str, TargetKind, str, str], list[Entry]] = {}
    hits: list[tuple[int, Hit]] = []
    for index, item in enumerate(items):
        found = main_target(item)
        if found is None:
            continue
        target = found[1]
        key = near_key(item.label)
        said = next((u for u in _said_as(target.unit) if key.endswith(u)), "")
        if target.unit and said and len(key) - len(said) >= 4:
            key = _FITTED.sub("", key[: -len(said)])  # (…培训人次: …培训; …配置套数: …终端)
        if len(key) < 4:
            continue
        entry = Entry(index, key, item, target, meaning(target))
        one, bare = one_name(key), _unqualified(key, project) + _done(key)
        same = named.setdefault(one, entry)
        if same is entry:  # the same words, one name with the project's subject before them
            other = subjects.get(one) or next((named[k] for k in bare if k in named), None)
            # (under another tier-2 only with the same target: 竹荪采收技术培训人次 ≥300人次 │
            # 采收技术培训人次 ≥300人次)
            kin = (
                other is not None
                and (
                    tier2_key(other.item) == tier2_key(item)
                    or other.meaning == entry.meaning
                    or _prefixed(other, entry)  # (a part that counts more: no part)
                )
                and not any(_said_apart(k, goals) for k in (key, other.key))
            )
            same = other if other is not None and kin else entry
        for rest in bare:
            subjects.setdefault(rest, entry)
        if same is not entry and (same.target.kind, same.target.unit) == (target.kind, target.unit):
            hits.append((index, _near_hit(same, entry, lang)))
            continue
        # only grades, quantities with the same number and unit, or equal meanings can match
        if target.kind is TargetKind.GRADE:
            kind: tuple[object, ...] = ("grade",)
        elif target.kind is TargetKind.QUANT:
            kind = ("quant", target.number, target.unit)
        else:
            kind = entry.meaning
        by_measure.setdefault((measure(key), kind), []).append(entry)
        plain = measure(_plain(item.label))
        kin_key = (plain, target.kind, target.unit, tier2_key(item))  # compared under one tier-2
        by_unit.setdefault(kin_key, []).append(entry)
    for group in by_measure.values():
        for b, entry in enumerate(group):
            for other in group[:b]:
                if alike(other, entry):
                    hits.append((entry.position, _near_hit(other, entry, lang)))
                    break
    hits += _worded_in(by_unit, {index for index, _hit in hits}, lang, goals)
    for _index, hit in sorted(hits, key=lambda h: h[0]):
        yield hit


# a name's last word for a count in a unit, other than the unit (示范户培训人数 ≥150人次: the
# attendances, as 示范户培训人次 counts them; 样品检测批次 ≥400批)
_SAID_AS = {"人次": ("人数",), "批": ("批次数", "批次")}


# the act of fitting things, before a count in their unit (终端配置套数), as namekeys drops it
# before 数量
_FITTED = re.compile(r"(?<=\w{4})(?:配置|配备|安装)$")


def _said_as(unit: str) -> tuple[str, ...]:
    return (f"{unit}数", unit, *_SAID_AS.get(unit, ()))


def _worded_in(
    groups: dict[tuple[str, TargetKind, str, str], list[Entry]],
    done: set[int],
    lang: str,
    goals: str,
) -> list[tuple[int, Hit]]:
    """D103 for a name that is another's under one tier-2 with a word of two or three
    characters put inside it (种螺成活率 / 种螺繁育成活率 ≥90% / ≥85%, 粪污综合利用率 / 粪污资源化
    综合利用率), whatever their values: one indicator, written twice."""
    hits: list[tuple[int, Hit]] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        plain = {e.position: _plain(e.item.label) for e in group}  # (once a name: pairs
        letters = {at: _letters(key) for at, key in plain.items()}  # are many)
        undone = {e.position: _undone(e.key) for e in group}
        noted = {e.position: _NOTE_AFTER.search(e.item.label.strip()) is not None for e in group}
        for b, entry in enumerate(group):
            at = entry.position
            if at in done:
                continue
            key = entry.key
            for other in group[:b]:  # (a group is one tier-2's; pairs are many: the cheap
                # tests first, what each check needs: the first two characters shared, the
                # one name ending the other, a note after either)
                was, okey = other.position, other.key
                inserted = abs(len(key) - len(okey)) in (2, 3)
                same = other.meaning == entry.meaning
                if (
                    (inserted and okey[:2] == key[:2] and _inserted(okey, key, goals))
                    or (same and (noted[was] or noted[at]) and _noted(other, entry))
                    or (
                        same
                        and (undone[was] != okey or undone[at] != key)
                        and _inserted(undone[was], undone[at], goals)
                    )
                    or (
                        letters[was] == letters[at]
                        and _reordered(other, entry, plain[was], plain[at])
                    )
                    or (
                        inserted
                        and (okey.endswith(key) or key.endswith(okey))
                        and _prefixed(other, entry)
                    )
                ):
                    hits.append((at, _near_hit(other, entry, lang)))
                    done.add(at)
                    break
    hits += _prefixed_across(groups, done, lang)  # (then across tier-2s)
    return hits + _inserted_across(groups, done, lang, goals)


def _inserted_across(
    groups: dict[tuple[str, TargetKind, str, str], list[Entry]],
    done: set[int],
    lang: str,
    goals: str,
) -> list[tuple[int, Hit]]:
    """D103 for a name that is another's under another tier-2 with a word of two or three
    characters put inside it (站点出水水质达标率 │ 站点出水达标率 under 质量 and 生态效益, 参与
    儿童人次 │ 参与活动儿童人次 under 数量 and 社会效益), whatever their values: one indicator
    filed twice; not a satisfaction (each group's), nor a grade (窗口服务管理制度 │ 窗口服务标准化
    管理制度, 健全 and 建立并执行: two rules, as likely as one)."""
    kin: dict[tuple[str, TargetKind, str], list[Entry]] = {}
    for (plain, kind, unit, _tier2), group in groups.items():
        kin.setdefault((plain, kind, unit), []).extend(group)
    hits: list[tuple[int, Hit]] = []
    for same in kin.values():
        same.sort(key=lambda e: e.position)
        for b, entry in enumerate(same):
            if entry.position in done or "满意" in entry.key or entry.target.number is None:
                continue
            tier2, key = tier2_key(entry.item), entry.key
            for other in same[:b]:  # (the first two characters shared: as _inserted needs)
                if (
                    other.key[:2] == key[:2]
                    and tier2_key(other.item) != tier2
                    and _inserted(other.key, key, goals)
                ):
                    hits.append((entry.position, _near_hit(other, entry, lang)))
                    done.add(entry.position)
                    break
    return hits


def _prefixed_across(
    groups: dict[tuple[str, TargetKind, str, str], list[Entry]], done: set[int], lang: str
) -> list[tuple[int, Hit]]:
    """D103 for a count whose name is another's with a word of two or three characters before
    it, under another tier-2, with the same target (社区居民心理健康筛查人数 │ 居民心理健康筛查人数,
    ≥12000人 under 数量 and under 社会效益): one count, filed twice; so a rate, with a word of
    up to four (库存粮食检验结果判定准确率 │ 检验结果判定准确率, ≥98% under 质量 and 社会效益), not
    a satisfaction (a group's)."""
    counts: dict[tuple[object, ...], list[Entry]] = {}
    for group in groups.values():
        for e in group:
            if e.target.number is not None and e.target.unit != "" and len(e.key) >= 5:
                counts.setdefault(e.meaning, []).append(e)
    hits: list[tuple[int, Hit]] = []
    for same in counts.values():
        same.sort(key=lambda e: e.position)
        for b, entry in enumerate(same):
            if entry.position in done:
                continue
            for other in same[:b]:
                short, long = sorted((other.key, entry.key), key=len)
                word = long[: len(long) - len(short)]
                rate = entry.target.unit == "%"
                if rate and "满意" in short:
                    continue  # (受助青少年满意度 / 青少年满意度: a group's satisfaction)
                sizes = (2, 3, 4) if rate else (2, 3)
                if len(word) in sizes and long.endswith(short) and not tells_apart(word):
                    hits.append((entry.position, _near_hit(other, entry, lang)))
                    done.add(entry.position)
                    break
    return hits


def _inserted(a: str, b: str, goals: str) -> bool:
    """One key is the other with a word of two or three characters inside it, after its first
    two and before its last two (or its 量), that does not name a part, a group or a way of
    counting, nor a thing the goals name apart (其中青贮饲料120批次)."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    size = len(long) - len(short)
    if size not in (2, 3):
        return False
    pairs = zip(short, long, strict=False)
    at = next((i for i, (x, y) in enumerate(pairs) if x != y), len(short))
    word = long[at : at + size]
    last = len(short) - (1 if short.endswith("量") else 2)  # (…咨询量 / …咨询服务量)
    end = at == len(short) and word in ("服务", "工作", "完成")  # (…帮扶服务人次, …改造完成户数)
    if not (2 <= at <= last or end) or long[at + size :] != short[at:]:
        return False
    return not tells_apart(word) and not _named_beside(
        word + long[at + size : at + size + 2], goals
    )


def _named_beside(words: str, goals: str) -> bool:
    """The goals name ``words`` as a part or beside others (（其中青贮饲草80批次）, 、青贮饲草…),
    not as the one thing they count (完成县道安全护栏安装95公里: the same indicator, a word
    more)."""
    return any(
        _BESIDE.search(goals[max(0, m.start() - 4) : m.start()])
        for m in re.finditer(re.escape(words), goals)
    )


_BESIDE = re.compile(r"其中|含|包括|[（(、和及]")


def _noted(a: Entry, b: Entry) -> bool:
    """One name is the other with a note in brackets after it (检测报告按时出具率 / 检测报告
    按时出具率（常规）), and their targets say the same: one indicator, written twice."""
    if a.meaning != b.meaning:
        return False
    x, y = a.item.label.strip(), b.item.label.strip()
    short, long = (x, y) if len(x) < len(y) else (y, x)
    note = _NOTE_AFTER.search(long)
    return note is not None and long[: note.start()].strip() == short and not _PART.match(note[1])


@functools.lru_cache(maxsize=8192)
def _plain(label: str) -> str:
    """A name keyed without a note in brackets after it (see :func:`_reordered`)."""
    return near_key(_NOTE_AFTER.sub("", label))


@functools.lru_cache(maxsize=8192)
def _letters(key: str) -> str:
    """A key's characters in order: two keys with the same are its words reordered."""
    return "".join(sorted(key))


def _prefixed(a: Entry, b: Entry) -> bool:
    """One name is the other with a word of two or three characters before it, and counts no
    less (鳄类科普讲解场次 ≥150场 / 科普讲解场次 ≥120场): a part would count fewer, so it is one
    count said twice."""
    (short, ts), (long, tl) = sorted(
        ((a.key, a.target), (b.key, b.target)), key=lambda e: len(e[0])
    )
    word = long[: len(long) - len(short)]
    if len(word) not in (2, 3) or not long.endswith(short) or len(short) < 4:
        return False
    if tells_apart(word) or ts.unit != tl.unit or ts.unit in ("%", ""):
        return False  # (受助青少年满意度 ≥90% / 青少年满意度 ≥90%: a group's rate, no count)
    return ts.number is not None and tl.number is not None and tl.number >= ts.number


def _reordered(a: Entry, b: Entry, one: str, two: str) -> bool:
    """One name is the other's words in another order (西洋参林下种植面积 / 林下西洋参种植面积
    （新建）), a note in brackets after either set aside unless it names a part (其中…). ``one``
    and ``two``: their keys without the notes (:func:`_plain`), known to hold the same
    characters."""
    x, y = (_NOTE_AFTER.search(e.item.label) for e in (a, b))
    if any(n is not None and _PART.match(n[1]) for n in (x, y)):
        return False
    return len(one) >= 6 and one != two


# a note in brackets after a name (…出具率（常规）, …报告率（含种畜禽）: with the same target, one
# indicator), and one that names a part of it (其中…), what it leaves out (不含…) or a way of
# counting (按…)
_NOTE_AFTER = re.compile(r"[（(]([^（()）]{1,12})[)）]\s*$")
_PART = re.compile(r"其中|不含|按")


def _unqualified(key: str, project: str) -> tuple[str, ...]:
    """A name's words after each of the project's subjects it may start with (速冻粽子冷链配送
    网点 in a 粽子冷链配送 project: 冷链配送网点; 乳鸽品牌推介会场次 in a 乳鸽区域品牌 one:
    品牌推介会场次 and 推介会场次), as :func:`one_name` keys them; none when it starts with
    none or too little is left to name a thing."""
    return tuple(
        one_name(key[cut:])
        for cut in (2, 3, 4)
        if len(key) - cut >= 5 and key[cut - 2 : cut] in project
    )


def _done(key: str) -> tuple[str, ...]:
    """A name's words after the act of finishing or holding it opens with (建成稻鳅共作面积:
    稻鳅共作面积, the same area; 开展海上应急演练: 海上应急演练), as :func:`one_name` keys them."""
    rest = _undone(key)
    return (one_name(rest),) if rest != key and len(rest) >= 4 else ()


def _undone(key: str) -> str:
    """A name's words after the act of finishing or holding it opens with, if it does."""
    done = _DONE.match(key)
    return key[done.end() :] if done else key


_DONE = re.compile("建成|完成|实现|开展|举办")


def _said_apart(key: str, goals: str) -> bool:
    """The goals name the words a name starts with as a part (全年繁育苗种6万尾（其中子二代苗种
    2万尾）: 子二代大鲵苗种繁育数量 is a part of 大鲵苗种繁育数量, not the same count)."""
    return any(re.search(f"其中[:：]?{re.escape(key[:cut])}", goals) for cut in (2, 3, 4))


def _near_hit(other: Entry, entry: Entry, lang: str) -> Hit:
    """D103 at ``entry``'s name: nearly the same indicator as ``other``, above it."""
    first, second = other.item, entry.item
    assert second.name is not None
    params = {
        "name": second.label,
        "other": first.label,
        "other_row": str(first.row),
        "value": shown(entry.target),
        "other_value": shown(other.target),
        "ops": _ops(entry.target, other.target, lang),
    }
    return Hit("D103", second.name.at, params, second.label)


def _ops(a: Target, b: Target, lang: str) -> str:
    """The two operators when they differ (the hint asks to settle on one), else empty."""
    if (a.op, a.op_implied) == (b.op, b.op_implied) or a.kind is not TargetKind.QUANT:
        return ""
    return words((_op(a, lang), _op(b, lang)), lang, "or")


def _op(t: Target, lang: str) -> str:
    return word("no_operator", lang) if t.op is None or t.op_implied else t.op.value
