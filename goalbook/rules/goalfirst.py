"""D104 where the text gives the count before the thing it counts (为8个乡镇消防站配置…,
培训3期骨干教师): the count read back to the indicator whose name ends with that thing."""

from __future__ import annotations

import re

from goalbook.findings import Hit
from goalbook.model import Cell, Indicator, Target
from goalbook.rules.goalalone import text_hit
from goalbook.rules.goalcounts import (
    CLAUSE_PART,
    COUNT,
    COUNT_IN_TEXT,
    EACH_ACT,
    PARTS_OPEN,
    STOCK,
    UNITS,
    per_each,
)
from goalbook.rules.goallevels import agrees, in_unit
from goalbook.rules.goalnames import COUNTED
from goalbook.rules.goaltargets import GoalTargets, copied
from goalbook.rules.plantexts import Where

# a count before what it counts (为8个乡镇消防站配置…, 培训3期骨干教师, 为1500名农民工垫付…):
# the count and the words after it
COUNT_FIRST = re.compile(rf"{COUNT}({UNITS}|名|户|处|座|所|条)([\u4e00-\u9fff]{{1,12}})")
# the words a name of those given aid or reached opens with, which the text says as the act
# (享受岗位补助的在岗村医, 覆盖设区市; 受助农村学校: 为34所农村学校…发放膳食补助; 获得奖励牧户:
# 向3200户牧户兑付…奖励)
_RECEIVED = re.compile(r"^(?:享受|覆盖|获得|受(?=助))")
_COUNT_AFTER = re.compile(rf"\s*{COUNT_IN_TEXT.pattern}")  # a count right after the thing
_CJK_AT = re.compile("[\u4e00-\u9fff]")
_JOINED = re.compile("[并和及与]")
# the act done to the thing a name counts, said after it (精品村提升改造数量, 水库除险加固数量,
# 查验点建设数量)
_ACT_LAST = re.compile(
    "(?:提升改造|改造提升|升级改造|除险加固|改造|修缮|整治|维修|建设|新建|建成)$"
)
_TOTAL_SAID = re.compile("(?:共|共计|合计|总计)$")  # (城区18家、乡镇24家共42家…: the parts' total)


Count = tuple[Where, str, re.Match[str]]  # where, the text, a count before a thing in it


def counted_first(
    ind: Indicator,
    name: str,
    counts: list[Count],
    held: tuple[GoalTargets, tuple[Indicator, ...]],
) -> Hit | None:
    """D104 where the text gives the count before the thing it counts: the thing is the last
    three characters of the name without its 数/数量 (配置装备乡镇消防站数: 消防站) and the act
    done to it (精品村提升改造: 精品村), or a long name's last two right after the count (26个路口
    …), found in the words after the count. A warning only when every such count in the texts
    is one number in the target's unit, none agrees with the target, none is what there is
    already (已建成) nor a total of parts (共42家), the clause of each has most of the name's
    other characters (配置装备乡镇: 为8个乡镇专职消防站配置…装备), and it is no near-duplicate's
    count (:meth:`GoalTargets.said_elsewhere`)."""
    label, (targets, indicators) = ind.label, held
    # (获得奖励牧户数: 牧户 the thing, its 户 kept: 向3200户牧户兑付…奖励)
    core = COUNTED.sub("", label if label.endswith("户数") and label.startswith(name) else name)
    if len(core) < 5 or label.startswith("其中"):
        return None  # (其中改造番鸭养殖场: a part, not the 12户 the text counts before it)
    # (享受岗位补助的在岗村医: 为46名在岗村医发放岗位补助, the aid said as the act that gives it)
    # (覆盖设区市: 完成全省8个设区市…, the places reached said by the work done in them)
    named = bare if len(bare := _ACT_LAST.sub("", core)) >= 3 else core  # (精品村提升改造: 精品村)
    things = (named[-3:], named[-2:]) if len(named) >= 6 else (named[-3:],)
    seen: list[tuple[re.Match[str], tuple[Cell, Target], str]] = []
    for where, text, m in counts:
        # (the two only right after the count: 26个路口…, not 126个行政村安装… for …终端安装数量)
        thing = next((t for t in things if t in m[4] and (len(t) > 2 or m[4].startswith(t))), "")
        after = m.start(4) + m[4].index(thing) + len(thing) if thing else 0
        ends = after == m.end() and not _CJK_AT.match(text, after) and not _JOINED.search(m[4])
        if after - m.start(4) > 10 and not ends:
            continue  # (past ten characters only ending the words of one thing: …防疫查验点，
            # not …传承人带徒传艺, 5000人拍摄胸片并做肺功能检测)
        if not thing or _COUNT_AFTER.match(text, after):
            continue  # (8个乡镇的商超网点40个: the 网点's count follows them)
        before = text[: m.start()]
        if _TOTAL_SAID.search(before) or text.startswith(("（其中", "(其中"), m.end()):
            continue  # (…共42家: the parts' total; 12户…（其中番鸭场3户）: a whole with its parts)
        # (抽检覆盖村级水站: 对全县86个村级水站开展水质抽检, the reach said by the work)
        rest = set(_RECEIVED.sub("", core.replace(thing, "", 1)).replace("覆盖", "")) - {"的"}
        lead = CLAUSE_PART.split(before)[-1]
        if STOCK.search(lead) or EACH_ACT.search(lead) or per_each(lead):
            continue  # (what there is already; 两镇各改造1个…, 每格配备1名…: one each)
        clause = _own_words(lead, CLAUSE_PART.split(text[m.start() :], 1)[0], m.end() - m.start())
        if len(rest - set(clause)) > len(rest) // 4:
            continue  # the name says more (新增高清…点位; 添置适老化设施…): another count
        found = targets.against(where, before)
        if found is not None and in_unit(m[3], found[1].unit):  # (1500名 in 人)
            seen.append((m, found, text))
    # (each target with its own counts: 三年完成30处… for the period's, 2026年完成18处… for the
    # year's)
    for at in dict.fromkeys(f[0].at for _m, f, _t in seen):
        own = [s for s in seen if s[1][0].at == at]
        if len({(m[1], m[2]) for m, _f, _t in own}) != 1 or copied(own[0][1], targets):
            continue  # (a year's value copied from the period's: D202 names it)
        if any(agrees(m, found[1]) for m, found, _t in own):
            continue
        m, found, text = own[0]
        if targets.said_elsewhere(ind, m, indicators):
            continue  # (the count of its near-duplicate, reordered: D103 names the pair)
        return text_hit(label, found, text, m.start(), m.end())
    return None


def _own_words(lead: str, rest: str, size: int) -> str:
    """The words of a count said first (``rest`` opens with it, ``size`` long) with the words its
    clause says before it: in a list of things each with its count, the list's common words and
    its own only (为全县800名小学寄宿生和600名初中寄宿生发放…: 为全县 600名初中寄宿生发放…; 完成
    146处隐患点监测、5处工程治理: 完成 146处隐患点监测)."""
    first = COUNT_FIRST.search(lead)
    head, listed, tail = rest.partition("、")  # (5个老旧小区屋面防水、管网和外立面改造: one
    own = head if listed and re.search(r"\d", tail) else rest  # count's works, listed)
    if (parts := PARTS_OPEN.search(own)) is not None:  # (…摄像机（其中新建塔4座、…）: the
        own = own[: parts.start()]  # parts' words are theirs, not the whole's)
    after = COUNT_FIRST.search(own, size)
    return (lead[: first.start()] if first else lead) + (own[: after.start()] if after else own)
