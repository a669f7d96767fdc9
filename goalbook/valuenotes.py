"""What a target value says besides the value, taken off before it is read: a full stop at the
end of a sentence, a note that does not change it (（含）, 100%完成), an approximation (95%左右,
约95%: read as its number), a level kept (稳定在95%以上), work done before a count or a
percentage (分阶段完成18座, 施工完成50%以上), a percentage's state (100%全覆盖), and what is done
by a deadline (12月31日前完成). :func:`goalbook.targets.parse_target` reads the rest."""

from __future__ import annotations

import re

SIGNS = frozenset("%‰‱")  # the signs of a rate: per cent, per mille, per ten thousand

# A note after a value that does not change it: （含）, (含95%) on a bound, 完成 after 100%
_INCLUDED_NOTE = re.compile(r"\((?:含|包含|包括)[^()]{0,8}\)$")
# An approximation: 95%左右, 约95%, 大约3000人
_ABOUT = re.compile(r"^(\d[^左]*)左右$|^(?:大约|约为|约)(\d.*)$")
# What is done by a deadline, said after it (12月31日前完成, 3个工作日内办结)
_DONE_BY = re.compile(
    r"(?:\d(?:[日月]前|月底前|[天日]内|个?工作日内|个?小时内)|[季度月年][末底]前)"
    r"((?:全部|全面|全线)?(?:(?:发放|拨付|兑付|支付|划拨|下达)?(?:完成|完工|办结|到位|建成)"
    r"|贯通|投产|上线|发放|拨付|兑付|支付|下达|竣工(?:交付|验收)?|交付(?:使用)?|投入使用|投用"
    r"|通车|主体(?:工程|结构)?(?:完工|竣工|封顶|完成)"
    r"|入窖|出窖|挂牌|揭牌|入库|定植|移栽|播种|采收|上市|开业|验收|公示|发布|备案"
    r"|取得|获得|获证"  # (认证 2028年12月底前取得: the certificate obtained by then)
    r"|完成(?:(?!率)[\u4e00-\u9fff]){2,6}))$"
)  # (2025年12月31日前完成主体, 完成设备安装: a stage of the works, done by the deadline)
# the stage a deadline is for, named before it (草案2025年12月31日前完成: the draft's); not one
# phase of several (一期2026年9月底前完成、二期12月底前完成: phased deadlines)
_STAGE_FIRST = re.compile(
    r"^(?![一二三四五六七八九十首]期)[\u4e00-\u9fff]{1,4}(?=20\d{2}\s*年[^、，,；;]*$)"
)
# a deadline alone (2026年12月31日前, 2026年9月底前)
_DEADLINE = re.compile(r"^20\d{2}\s*年\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末)?\s*(?:之|以)?前$")
# A level kept (保持在90%以上, 稳定在95%以上, 维持在80%以上): the level is the value
_KEPT = re.compile(r"^(?:保持|稳定|维持)在?(?=[\d≥≤<>=])")
# A count said as work done (完成18座, 分阶段完成18座, 累计建成6个) or rules made (形成1套, 出台
# 2项): the count is the value
_DONE_COUNT = re.compile(
    r"^(?:[^\d,，。；;]{0,8}?)(?:完成|建成|形成|建立|出台|制定|编制|印发)(?=\d)"
)  # (主体结构施工完成50%以上)
# a percentage followed by the state it means (100%全覆盖, 100%到位)
_PERCENT_STATE = re.compile(r"^(.*\d%)(?:全覆盖|覆盖|全部完成|完成|达标|到位)$")
# A note in brackets at the end of a value, without digits (（汛前）, （秋播前）)
BRACKET_NOTE = re.compile(r"\([^()\d]{1,10}\)$")
# a note of words in brackets after a bare number (98（城管考核口径）): four characters or more,
# none of a unit's signs (a unit in brackets is shorter, 5（人次）, or per something, （元/人·年）)
_UNIT_NOTE = re.compile(r"^(.*\d[^\d()]+?)\([^()]{2,20}\)$")
_WORDS_NOTE = re.compile(r"\([^()\d/·每]{4,16}\)$")


_SENTENCE_END = "。．.;；,，、"


def without_note(text: str) -> str:
    """The value without a note that does not change it: ≥95%(含), 95%以上(含95%), 100%完成;
    an approximation read as its number (95%左右, 约95%: the operator left unsaid, T103)."""
    text = text.rstrip(_SENTENCE_END)  # ≥90%。, ≥1,200件；: the value ends a sentence
    if text.endswith(")") and (m := _INCLUDED_NOTE.search(text)) and m.start() > 0:
        return text[: m.start()]
    if m := _ABOUT.match(text):
        return m[1] or m[2]
    if m := _KEPT.match(text):
        text = text[m.end() :]  # 稳定在95%以上, 保持在90%以上: the level kept
    if m := _DONE_COUNT.match(text):
        text = text[m.end() :]  # 分阶段完成18座: 18座
    if text.endswith(")") and (m := BRACKET_NOTE.search(text)) and text[m.start() - 1] == "%":
        return text[: m.start()]  # ≥98%（国家抽检）: a note after a percentage
    if text.endswith(")") and (m := _WORDS_NOTE.search(text)) and text[m.start() - 1].isdigit():
        return text[: m.start()]  # 98（城管考核口径） over a % unit column: a note, no unit
    if text.endswith(")") and (m := _UNIT_NOTE.match(text)):
        return m[1]  # ≤5.8万元（全年）, ≥48处（全县集中供水工程）: a note after the unit
    if text.endswith("完成") and text[-3:-2] in SIGNS:
        return text[:-2]
    if (m := _PERCENT_STATE.match(text)) is not None:
        return m[1]  # 100%全覆盖, 100%达标: the percentage, the word its state
    if m := _DONE_BY.search(text):
        # 12月31日前完成, 6月底前完工: the deadline; 草案2025年12月31日前完成: the stage's deadline
        start = m.start(1)
        return text[(stage.end() if (stage := _STAGE_FIRST.match(text[:start])) else 0) : start]
    if (stage := _STAGE_FIRST.match(text)) and _DEADLINE.match(text[stage.end() :]):
        return text[stage.end() :]  # 主体2026年12月31日前: the stage's deadline
    return text
