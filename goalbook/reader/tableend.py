"""Where an official layout's table ends, and the page feet inside it: signature, stamp and date
lines (填表人：…, 填报单位（盖章）, 2026年12月8日), a budget system's footer, an appendix's title,
and the page markers a print or a PDF conversion leaves (打印时间：… │ 第1页 共1页)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from goalbook.model import Cell
from goalbook.vocabulary import (
    AGENCY_ENDINGS,
    BLANK_BELOW,
    LINE_BLOCK_TITLES,
    MONEY_DETAIL_TITLE,
    SENDER_LABELS,
)

# who signs a return, and the date and phone beside the signature (a line's labels)
_SIGNERS = r"(?:填报|填表|审核|审批|经办|复核|联系|制表|编制)人"
_SIGN_DATES = r"(?:填报|填表|报送|审核|审批|复核|制表|编制)日期|联系电话"  # (审核日期 │ 2025-11-06)
# A signature, stamp or date line: 填报人：…, 审核人:, 单位负责人：, 单位（盖章）：, 填报日期：
_SIGNATURE = re.compile(
    rf"^[^：:【\[]{{0,10}}?({_SIGNERS}|负责人|签字|签名|签章|盖章"
    rf"|(?:{'|'.join(SENDER_LABELS)})(?:[（(][^：:]{{0,14}}(?:盖章|签章)[)）]"
    r"|(?=[^：:]{0,8}[：:].*(?:盖章|日期)))"
    rf"|{_SIGN_DATES}|审核意见|审核|复核|审批|制表"  # (制表：钟岚笛, a system's signer)
    r"|(?:校|院|局|处|科|所|站|馆|队|镇|乡|行)长|(?:社区|支部|党委|党组)?书记|主任|(?:分管)?领导)"
    r"[）)]?\s*[：:]"
)
# who sent the return, on its signature line (填报单位：青岚市农业农村局 │ 填报日期：…)
_SENDER = re.compile(rf"^(?:{'|'.join(SENDER_LABELS)})\s*(?:[（(][^：:]{{0,14}}[)）])?\s*[：:]")
# a stamp line (（盖章）, （单位公章）, 临溪县民政局（盖章）) and the date under it (2025年11月25日)
_STAMP = re.compile(r"^[（(]?[^（()）：:]{0,16}[（(]?(盖章|签章|签字|公章|印章)[）)]?$")
# names signed in one cell (镇长：吴国栋  经办人：潘丽, …局（盖章） 2026年11月25日): a signature
_SIGNED = re.compile(
    r"[：:][^：:]{0,30}(?:经办人|负责人|审核人|填报人|填表人)\s*[：:]|[（(](?:盖章|签章)[)）]"
)
# the label of a sign-off's opinion alone in its cell (单位意见, 主管部门审核意见：, 财政部门意见):
# the review block under a form, where its sender and its reviewers write and sign
_OPINION = re.compile(r"^[\u4e00-\u9fff]{0,10}意见\s*[：:]?$")
# a budget system's footer (数据来源：预算管理一体化系统  导出时间：2026-11-20 16:42)
# how many copies of the form to file (本表一式三份, 本表一式两份，报…): the form's last line
_COPIES = re.compile(r"^本表一式[一二两三四五六七八九十\d]+份")
_EXPORTED = re.compile(r"^数据来源\s*[：:].{0,30}(?:导出|打印|生成)(?:时间|日期)\s*[：:]")
# a signature's label alone in its cell, the name in the next (填报人 │ 周明远 │ 联系电话 │ …), as
# a budget system exports it
_SIGNATURE_LABEL = re.compile(rf"^(?:{_SIGNERS}|(?:单位|部门|财务)?负责人|{_SIGN_DATES})$")
_DATE_LINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
# an appendix's title below the table (附：2027年…资金分配明细（万元）, 附表1)
APPENDIX = re.compile(r"^(?:附\s*[：:]|附表\s*\d*\s*[：:]?|附件\s*\d*\s*[：:]?)\S")
# an office's name alone (云塘县财政局, 石门县人民政府办公室): with a date beside it, a sign-off
_OFFICE = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,24}}(?:{AGENCY_ENDINGS})$")
# works to do that a name starts with (新建北坡村综合服务站, 建成…中心): an indicator, no office
_WORKS_FIRST = re.compile(
    r"^(?:新建|新增|建成|建设|改造|改扩建|扩建|完成|组建|成立|设立|挂牌|启用|投用|开通|提升|打造"
    r"|创建|升级|迁建|修缮)"
)


def signed_off(own: Sequence[Cell], first: str, inside: bool = False) -> bool:
    """Who sent the return, alone or by a signature (填报单位：X │ 填报日期：…), or an office and
    the date it signed (云塘县财政局 │ 2026年12月8日). ``inside``: the row lies within a tier
    label merged down from above, so a name and a date there (新建北坡村综合服务站 │ 2026-06-30)
    are an indicator and its due date, not a sign-off; so are works to do by a date anywhere."""
    if _SENDER.match(first) and (len(own) == 1 or any(ends_table(c.text) for c in own[1:])):
        return True
    if inside or len(own) != 2 or _OFFICE.match(first) is None:
        return False
    return _dated(own[1]) and _WORKS_FIRST.match(first) is None


def _dated(cell: Cell) -> bool:
    """A cell holding a date alone (2026年12月8日, or a date value)."""
    return isinstance(cell.value, dt.date) or _DATE_LINE.match(cell.text) is not None


# A page marker a print or a PDF conversion leaves: 第 1 页，共 2 页, 共 2 页 第 1 页, 第2页, — 3 —
PAGE = re.compile(
    r"^(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
    r"|共\s*\d+\s*页(?:\s*[,，/]?\s*第\s*\d+\s*页)?"  # 共 1 页  第 1 页
    r"|[-—–－]{1,2}\s*\d+\s*[-—–－]{1,2}"  # - 3 -, — 1 —
    r"|[（(]?\s*续\s*(?:表|上表|前表)?\s*[)）]?(?:\s*[（(]?第?\s*\d+\s*页[)）]?)?)$"  # 续表, （续）
)
# the footer a budget system prints on each page (the table may go on after it)
_PRINTED = re.compile(r"^(?:打印|导出|生成)(?:时间|日期|人)\s*(?:[：:]|$)")  # (or beside it)


def ends_table(text: str) -> bool:
    """A signature, stamp or date line (填表人：…, 填报日期：), or the title of a budget-lines
    block: the form's table has ended above it."""
    return (
        bool(_SIGNATURE.match(text) or _STAMP.match(text) or _DATE_LINE.match(text))
        or _SIGNATURE_LABEL.match(text) is not None
        or _OPINION.match(text) is not None
        or _SIGNED.search(text) is not None
        or _EXPORTED.search(text) is not None
        or _COPIES.match(text) is not None
        or text.startswith(LINE_BLOCK_TITLES)
        or text.startswith(BLANK_BELOW)
        or MONEY_DETAIL_TITLE.match(text) is not None
    )


def page_foot(texts: Sequence[str]) -> bool:
    """A system's page foot (打印时间：… │ 第1页), a page's foot (霁山县交通运输局 │ 第 1 页 共
    2 页, the table going on below it) or a head after a break (单位 │ 打印日期：…): no
    indicator."""
    return len(texts) <= 3 and any(_PRINTED.match(t) or PAGE.match(t) for t in texts)
