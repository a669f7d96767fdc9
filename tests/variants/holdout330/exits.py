"""Returns ub01–ub06: station exit compensation and small-hydropower clean-up projects (money,
stacked projects, points at two levels)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout330.common import DEPT, YEAR, book, grid, one_year, sign, wan
from tests.variants.holdout330.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ub01-exit-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 only in the "
         "number format, a 下降率 with ≥ (correct)")  # fmt: skip
def ub01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="雾柯河干流小水电退出补偿", dept=DEPT,
                 unit="岱屏县农村水电站管理所", money=one_year(264, 240, 24),
                 goals=["完成雾柯河干流6座无泄放条件电站的退出拆除和补偿兑付，"
                        "恢复河道连通。"])  # fmt: skip
    grid(s, OP_HEAD, [
        ("产出指标", "数量指标", "退出拆除电站数量", "≥", 6, "座"),
        (None, None, "拆除拦河坝（闸）数量", "≥", 5, "处"),
        (None, "质量指标", "拆除工程验收合格率", "≥", pct(0.98), "%"),
        (None, None, "补偿资金兑付准确率", "≥", pct(0.99), "%"),
        (None, "时效指标", "补偿资金兑付完成时间", "≤", day(YEAR, 11, 30), None),
        (None, "成本指标", "单站退出补偿标准", "≤", 38, "万元/座"),
        ("效益指标", "生态效益指标", "干流减脱水河段长度下降率", "≥", pct(0.6), "%"),
        (None, "社会效益指标", "涉电站群众信访办结率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "退出河段长效管护机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "退出电站业主满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邝文岚", "0736-6128451", day(YEAR - 1, 11, 18))
    return b


@variant("ub02-cleanup-money-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns: 年度资金总额 ≠ 财政拨款 + 其他资金, a typed "
         "percent over 100 on a 合格率")  # fmt: skip
def ub02() -> Book:
    b, s = book()
    total = mk(wan(186), "B101", "error", row=True, note="150 + 26 = 176, not 186")
    project_head(s, year=YEAR, name="岱屏县小水电清理整改销号", dept=DEPT,
                 unit="岱屏县农村水电站管理所", money=one_year(total, 150, 26),
                 goals=["完成14座整改类电站的泄放改造和销号验收，整改问题全部清零。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a 合格率 is capped at 100 %")
    grid(s, OP_HEAD, [
        ("产出指标", "数量指标", "完成整改电站数量", "≥", 14, "座"),
        (None, None, "整改问题销号数量", "≥", 52, "个"),
        (None, "质量指标", "整改工程验收合格率", "≥", over, "%"),
        (None, "时效指标", "整改销号完成时间", "≤", day(YEAR, 10, 31), None),
        (None, "成本指标", "单站整改平均成本", "≤", 12, "万元/座"),
        ("效益指标", "生态效益指标", "整改电站生态流量达标率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "整改电站运行监管制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邝文岚", "0736-6128451", day(YEAR - 1, 11, 18))
    return b


def _stack_first(s: Sheet, title: str | None = None) -> None:
    """The first stacked project (泄放设施改造), correct in both stacked returns."""
    project_head(s, year=YEAR, name="鹤汀河电站生态流量泄放设施改造", dept=DEPT,
                 unit="鹤汀镇水利站", money=one_year(185, 160, 25), title=title,
                 goals=["完成20座电站泄放设施改造，下泄流量不低于多年平均流量的10%。"])  # fmt: skip
    grid(s, ONE_HEAD, [
        ("产出指标", "数量指标", "完成泄放设施改造电站", "≥20座"),
        (None, "质量指标", "泄放设施验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年9月30日前"),
        (None, "成本指标", "单站泄放设施改造补助", "≤8万元/座"),
        ("效益指标", "生态效益指标", "生态流量监测数据上传率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "电站业主满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()


@variant("ub03-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in the two projects, =100% at the ceiling (correct)")  # fmt: skip
def ub03() -> Book:
    b, s = book("绩效目标表")
    _stack_first(s, f"{YEAR}年度项目支出绩效目标申报表（鹤汀镇）")
    project_head(s, year=YEAR, name="鹤汀河电站生态流量在线监测接入", dept=DEPT,
                 unit="鹤汀镇水利站", money=one_year(96, 96, 0), title="",
                 goals=["为36座电站安装监测终端并接入县级监管平台，"
                        "实现泄放流量实时监控。"])  # fmt: skip
    grid(s, ONE_HEAD, [
        ("产出指标", "数量指标", "安装监测终端", "≥36套"),
        (None, "质量指标", "监测终端接入完成率", "=100%"),
        (None, "时效指标", "接入平台完成时间", "2025年8月31日前"),
        (None, "成本指标", "单套监测终端购置安装费", "≤2.4万元/套"),
        ("效益指标", "生态效益指标", "生态流量监测数据上传率", "≥95%"),
        (None, "可持续影响指标", "监测设施运维责任落实率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "电站业主满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙思远", "0736-6230917", day(YEAR - 1, 12, 2))
    return b


@variant("ub04-stacked-exit-defects", (2, 11),
         "two projects stacked, OLD-NAT, one value column: the second project's compensation "
         "standard × count exceeds its money, a rate given as a count, "
         "a 反向 rate with ≥")  # fmt: skip
def ub04() -> Book:
    b, s = book("绩效目标表")
    _stack_first(s)
    project_head(s, year=YEAR, name="苇塘片区退出电站补偿", dept=DEPT,
                 unit="苇塘乡人民政府", money=one_year(300, 270, 30), title="",
                 goals=["完成苇塘片区8座退出类电站的补偿兑付和拦河设施拆除。"])  # fmt: skip
    std = mk("≤45万元/座", "B107", "warning", row=True,
             note="45 × 8 座 = 360 > 年度资金 300")  # fmt: skip
    rate = mk("8座", "T105", "error", note="a 签订率 given as a count")
    back = mk("≥2%", "T108", "warning", row=True, note="a 复发率 is 反向: ≤ expected")
    grid(s, ONE_HEAD, [
        ("产出指标", "数量指标", "退出电站数量", "≥8座"),
        (None, None, "补偿协议签订率", rate),
        (None, "时效指标", "补偿兑付完成时间", "2025年11月30日前"),
        (None, "成本指标", "单站退出补偿标准", std),
        ("效益指标", "社会效益指标", "遗留安全隐患复发率", back),
        (None, "生态效益指标", "恢复连通河段长度", "≥12公里"),
        ("满意度指标", "服务对象满意度指标", "退出电站业主满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙思远", "0736-6230917", day(YEAR - 1, 12, 2))
    return b


PT_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("ub05-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（50分）, （一）数量指标) and an indicator 分值 column adding to 100 "
         "both ways, a rate change in 百分点 (correct)")  # fmt: skip
def ub05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="椤坪河减脱水河段生态修复", dept=DEPT,
                 unit="椤坪乡人民政府", money=one_year(142, 130, 12),
                 goals=["修复椤坪河减脱水河段9公里，河段生态流量保证率明显提高。"])  # fmt: skip
    grid(s, PT_HEAD, [
        ("一、产出指标（50分）", "（一）数量指标", "修复减脱水河段长度", "≥9公里", 15),
        (None, None, "新建生态堰（潜坝）", "≥6座", 10),
        (None, "（二）质量指标", "修复工程验收合格率", "≥95%", 10),
        (None, "（三）时效指标", "修复工程完工时间", "2025年10月31日前", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "每公里河段修复成本", "≤15万元/公里", 10),
        ("三、效益指标（30分）", "（一）生态效益指标", "河段生态流量保证率提高", "≥8百分点", 10),
        (None, None, "河段断流天数", "≤5天", 10),
        (None, "（二）可持续影响指标", "修复河段管护责任落实率", "≥95%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "沿河群众满意度", "≥90%", 10),
        ("合计", "", None, None, 100),
    ])  # fmt: skip
    sign(s, "覃雨桐", "0736-6417302", day(YEAR - 1, 11, 25))
    return b


@variant("ub06-points-wrong", (5, 10),
         "project, NAT-2021, tier labels numbered 1. with points: two tier scores not matching "
         "the indicator points under them, 质量指标 under 效益指标")  # fmt: skip
def ub06() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="苇塘河减脱水河段综合治理", dept=DEPT,
                 unit="苇塘乡人民政府", money=one_year(210, 190, 20),
                 goals=["治理苇塘河减脱水河段12公里，消除季节性断流。"])  # fmt: skip
    out = mk("1.产出指标（40分）", "W103", "error", note="15 + 10 + 10 + 10 = 45")
    eff = mk("3.效益指标（40分）", "W103", "error", note="10 + 10 + 5 + 10 = 35")
    bad = mk("（3）质量指标", "F105", "error", note="质量指标 belongs to 产出指标")
    grid(s, PT_HEAD, [
        (out, "（1）数量指标", "治理减脱水河段长度", "≥12公里", 15),
        (None, None, "新建生态补水闸", "≥3座", 10),
        (None, "（2）质量指标", "治理工程验收合格率", "≥95%", 10),
        (None, "（3）时效指标", "治理工程完工时间", "2025年11月30日前", 10),
        ("2.成本指标（10分）", "（1）经济成本指标", "每公里河段治理成本", "≤16万元/公里", 10),
        (eff, "（1）生态效益指标", "河段季节性断流天数", "≤3天", 10),
        (None, None, "河段水质达标率", "≥90%", 10),
        (None, "（2）社会效益指标", "沿河灌溉用水保障率", "≥90%", 10),
        (None, bad, "补水闸运行完好率", "≥95%", 5),
        ("4.满意度指标（10分）", "（1）服务对象满意度指标", "沿河群众满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "覃雨桐", "0736-6417302", day(YEAR - 1, 11, 25))
    return b
