"""How the workbooks name a rule, a framework and a template: short words in the workbook's
language, where the catalogue's slugs (``rate-as-count``), framework ids (``nat-2021``) and
template stamps (``goalbook.project v3``) are identifiers for machines.

``RULE_NAMES`` is kept beside the catalogue, one entry per code (a test checks that every code
of the catalogue has both names); a code without one is shown by its slug.
"""

from __future__ import annotations

import re

from goalbook.frameworks import builtin_ids, load_framework
from goalbook.layout import TEMPLATE_ID_PREFIX

RULE_NAMES: dict[str, tuple[str, str]] = {  # code → (中文, English)
    "S001": ("文件无法打开", "File cannot be opened"),
    "S002": ("空文件", "Empty file"),
    "S003": ("不是 xlsx 工作簿", "Not an xlsx workbook"),
    "S004": ("文件损坏", "Corrupt file"),
    "S005": ("文件加密", "Encrypted file"),
    "S006": ("文件结构可疑", "Suspicious file structure"),
    "S007": ("文件过大", "File too large"),
    "S008": ("读取失败", "Reader failed"),
    "S009": ("处理超时", "Timed out"),
    "S010": ("找不到指标表", "No indicator table"),
    "S011": ("指标表为空", "Empty indicator table"),
    "S012": ("模板未填写", "Template not filled in"),
    "S013": ("认不出指标表", "Indicator table not recognised"),
    "S014": ("检查未完成", "Check did not finish"),
    "S101": ("单元格错位", "Cells out of place"),
    "S102": ("含宏", "Macros ignored"),
    "S103": ("旧版模板", "Old template"),
    "S104": ("公式无计算结果", "Formula without a value"),
    "F101": ("缺少一级指标", "Tier 1 missing"),
    "F102": ("缺少二级指标", "Tier 2 missing"),
    "F103": ("一级指标不在框架内", "Unknown tier 1"),
    "F104": ("二级指标不在框架内", "Unknown tier 2"),
    "F105": ("二级指标归属错误", "Tier 2 under the wrong tier 1"),
    "F106": ("缺少必填一级指标", "Required tier 1 missing"),
    "F107": ("混用指标体系", "Mixed frameworks"),
    "F108": ("误用评价指标", "Evaluation tiers used"),
    "F109": ("二级指标下未填指标", "Tier 2 without indicators"),
    "F110": ("缺少指标名称", "Indicator name missing"),
    "F111": ("指标体系未知", "Framework unknown"),
    "F201": ("指标放错二级指标", "Indicator under another tier 2"),
    "F202": ("另行评价的指标", "Scored separately"),
    "T101": ("缺少指标值", "Target missing"),
    "T102": ("指标值是说明文字", "Target is prose"),
    "T103": ("缺少比较符", "Operator missing"),
    "T104": ("缺少计量单位", "Unit missing"),
    "T105": ("比率写成数量", "Rate given as a count"),
    "T106": ("比率超过 100%", "Rate above 100%"),
    "T107": ("比率用等号", "Equals sign on a rate"),
    "T108": ("方向与比较符矛盾", "Direction against operator"),
    "T109": ("类型与指标值不符", "Declared type mismatch"),
    "T110": ("指标名与指标值数字不符", "Name and target disagree"),
    "T111": ("比较符已规范", "Operator normalised"),
    "T112": ("单位不一致", "Units disagree"),
    "T113": ("期限写成百分比", "Time given as a percentage"),
    "T114": ("满意度目标异常", "Implausible satisfaction target"),
    "T115": ("目标值为 0", "Zero target"),
    "T116": ("指标值写法有误", "Garbled target value"),
    "T117": ("反向指标缺少比较符", "Operator missing on a cap"),
    "T119": ("名称与指标值单位不符", "Name and value units differ"),
    "T120": ("数量写成百分比", "Count given as a percentage"),
    "D101": ("重复指标", "Duplicate indicator"),
    "D102": ("重复指标值不同", "Conflicting duplicate"),
    "D103": ("指标几乎相同", "Near duplicate"),
    "D104": ("文字与指标矛盾", "Text contradicts indicator"),
    "D201": ("年度值大于实施期值", "Annual above period"),
    "D202": ("年度值等于实施期值", "Annual equals period"),
    "D203": ("实施期与年度写法不一", "Period and annual written differently"),
    "D204": ("年度目标照抄中期目标", "Annual goal copies period goal"),
    "B101": ("总额不等于分项之和", "Total is not the sum"),
    "B102": ("明细合计不符", "Lines do not add up"),
    "B103": ("年度资金大于总额", "Annual above total"),
    "B104": ("上年执行数超预算", "Prior execution above budget"),
    "B105": ("金额单位混用", "Mixed money units"),
    "B106": ("成本持平而预算变化", "Flat cost, changed budget"),
    "B107": ("成本超过预算", "Cost above budget"),
    "B108": ("金额不是数字", "Amount is not a number"),
    "B109": ("一年期资金不一致", "One-year budget differs"),
    "B110": ("金额数量级错误", "Amount off by a magnitude"),
    "B111": ("占比与金额不符", "Share does not match"),
    "Y101": ("年度不一致", "Years disagree"),
    "Y102": ("日期不在年度内", "Date outside the year"),
    "Y103": ("文字中出现其他年份", "Other year in text"),
    "Y104": ("完成日期早于开始日期", "End before start"),
    "Y105": ("缺少预算年度", "Year missing"),
    "Y106": ("日期不存在", "No such date"),
    "W101": ("权重合计不符", "Weights do not total"),
    "W102": ("缺少权重", "Weight missing"),
    "W103": ("分值合计不符", "Tier scores do not add up"),
    "X101": ("残留占位符", "Placeholder left"),
    "X102": ("含 HTML 标签", "HTML tags"),
    "X103": ("数字写成文本", "Number as text"),
    "X104": ("Excel 日期序列号", "Excel date serial"),
    "X105": ("数字被空格断开", "Number split by spaces"),
    "X106": ("金额重复粘贴", "Amount pasted twice"),
    "P101": ("目标降低而预算增加", "Target lowered, budget up"),
    "P102": ("删去了上一版的指标", "Indicator dropped"),
    "P103": ("预算变化而数量目标未变", "Count kept, budget moved"),
    "P104": ("年度目标照搬上一版", "Annual goal carried over"),
}

_KIND_WORDS = {"project": ("项目", "project"), "department": ("部门整体", "department")}
_STAMP = re.compile(re.escape(TEMPLATE_ID_PREFIX) + r"(\w+) v(\d+)")


def rule_name(code: str, slug: str, lang: str) -> str:
    """The short name of rule ``code`` in ``lang``; its ``slug`` when it has none."""
    names = RULE_NAMES.get(code)
    if names is None:
        return slug
    return names[0] if lang == "zh" else names[1]


def framework_name(framework_id: str | None, lang: str) -> str:
    """A framework's name (全国2021框架) for its id; the id of one that is not built in."""
    if not framework_id or framework_id not in builtin_ids():
        return framework_id or ""  # a user's own framework: its file is not at hand
    fw = load_framework(framework_id)
    return fw.name if lang == "zh" else fw.name_en


def template_name(template: str, lang: str) -> str:
    """A template stamp in words: ``goalbook.project v3`` → "goalbook 项目模板 第 3 版"."""
    found = _STAMP.fullmatch(template)
    if found is None:
        return template
    kind, version = found[1], found[2]
    words = _KIND_WORDS.get(kind, (kind, kind))
    if lang == "zh":
        return f"goalbook {words[0]}模板 第 {version} 版"
    return f"goalbook {words[1]} template, version {version}"
