"""Returns sw01–sw06: 网络安全等级保护 and 网络安全宣传周 projects (percent cells typed in Excel,
direction against operator, 中期 and 年度 columns, points at two levels)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout299.common import Row, indicators, multi_year, one_year, start, wan
from tests.variants.holdout299.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位")


def _sw01_rows() -> list[Row]:
    return [
        ("产出指标", "数量指标", "等级保护测评信息系统数", "≥", 36, "个"),
        (None, None, "高危漏洞复测轮次", "≥", 2, "轮"),
        (None, "质量指标", "测评报告一次性通过审核率", "≥", pct(0.95), "%"),
        (None, None, "高危漏洞整改率", "=", pct(1), "%"),
        (None, "时效指标", "测评报告出具时限", "≤", 20, "个工作日"),
        ("成本指标", "经济成本指标", "单个系统测评费用", "≤", 2.4, "万元/个"),
        ("效益指标", "社会效益指标", "重大网络安全事件发生次数", "≤", 0, "起"),
        (None, None, "关键信息基础设施防护能力", None, "显著提升", None),
        (None, "可持续影响指标", "测评问题整改跟踪台账", None, "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "被测评单位满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip


@variant("sw01-dengbao-percent", (1, 7), "project, NAT-2021, 等级保护测评: operator column "
         "(指标性质), unit column, typed percent cells, header 绩效目标值 (correct)")  # fmt: skip
def sw01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="澹川市关键信息基础设施等级保护测评项目",
                 dept="中共澹川市委网络安全和信息化委员会办公室（318001）",
                 unit="澹川市网络安全应急指挥中心", money=one_year(86.4, 86.4, 0),
                 goals=["完成全市36个三级及以上信息系统等级保护测评，督促高危漏洞全部整改，"
                        "全年不发生重大网络安全事件。"])  # fmt: skip
    indicators(s, OP_HEAD, _sw01_rows())
    return b


def _sw02_rows() -> list[Row]:
    over = mk(pct(1.05), "T106", "error", row=True,
              note="验收通过率 ≥105%: a rate capped at 100 % cannot exceed it")  # fmt: skip
    cost_eq = mk("=", "T108", "warning", row=True,
                 note="单系统整改费用 is a cost cap: “=” fixes it, ≤ was meant")  # fmt: skip
    relapse = mk("≥", "T108", "warning", row=True,
                 note="漏洞复发率 is 反向: ≥5% asks for more relapses, ≤ was meant")  # fmt: skip
    return [
        ("产出指标", "数量指标", "完成整改信息系统数", "≥", 12, "个"),
        (None, None, "部署安全防护设备", "≥", 24, "台"),
        (None, "质量指标", "整改项验收通过率", "≥", over, "%"),
        (None, None, "复测符合率", "≥", pct(0.9), "%"),
        (None, "时效指标", "整改完成时间", None, "2025年11月30日前", None),
        (None, "成本指标", "单系统整改费用", cost_eq, 4.5, "万元/个"),
        ("效益指标", "社会效益指标", "已整改漏洞复发率", relapse, pct(0.05), "%"),
        (None, "可持续影响指标", "政务外网安全运维制度", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "区直单位满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip


@variant("sw02-dengbao-wrong", (1, 11), "project, OLD-NAT, 等级保护整改: operator and unit "
         "columns, a typed percent over 100, a cost cap with =, a 反向 rate with ≥")  # fmt: skip
def sw02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="苇塘区政务外网等级保护整改项目",
                 dept="苇塘区委网络安全和信息化委员会办公室（402017）",
                 unit="苇塘区电子政务服务中心", money=one_year(58, 50, 8),
                 goals=["完成区政务外网12个信息系统等级保护整改并通过复测，"
                        "建立安全运维制度。"])  # fmt: skip
    indicators(s, OP_HEAD, _sw02_rows())
    return b


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def _sw03_rows() -> list[Row]:
    return [
        ("产出指标", "数量指标", "宣传周主题活动场次", "≥45场", "≥15场"),
        (None, None, "网络安全知识进校园覆盖学校数", "≥120所", "≥40所"),
        (None, None, "发放网络安全宣传资料", "≥9万份", "≥3万份"),
        (None, "质量指标", "活动方案审核通过率", "≥95%", "≥95%"),
        (None, "时效指标", "宣传周集中活动完成时间", "每年9月30日前", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单场主题活动平均成本", "≤0.8万元/场", "≤0.8万元/场"),
        ("效益指标", "社会效益指标", "公众网络安全知识知晓率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "网络安全宣传长效机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", "≥90%"),
    ]  # fmt: skip


@variant("sw03-xuanchuanzhou-multi", (8,), "three-year project 2025–2027, NAT-2021, "
         "网络安全宣传周: 中期 and 年度 value columns, annual counts a third of the "
         "period (correct)")  # fmt: skip
def sw03() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="澹川市网络安全宣传周系列活动（2025—2027年）",
                 dept="中共澹川市委网络安全和信息化委员会办公室（318001）",
                 unit="澹川市网络安全宣传教育中心", attr="新增项目",
                 money=multi_year((180, 165, 15), (60, 55, 5)),
                 goals=["三年内举办宣传周主题活动不少于45场，覆盖全市120所学校，公众网络安全"
                        "知识知晓率达到85%以上。",
                        "2025年举办主题活动不少于15场，进校园覆盖40所学校，"
                        "知晓率达到80%以上。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, _sw03_rows())
    return b


def _sw04_rows() -> list[Row]:
    copied = "a cumulative count of a two-year project copied from the 中期 column"
    return [
        ("产出指标", "数量指标", "网络安全技能竞赛参赛人数", "≥600人",
         mk("≥600人", "D202", "warning", note=copied)),
        (None, None, "宣传周主题活动场次", "≥20场", mk("≥20场", "D202", "warning", note=copied)),
        (None, None, "网络安全公益广告投放点位", "≥80个", "≥40个"),
        (None, "质量指标", "竞赛原创题目占比", "≥60%", "≥60%"),
        (None, "时效指标", "竞赛决赛完成时间", "每年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单场主题活动平均成本", "≤1.2万元/场", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "县域网民网络安全知识知晓率", "≥85%", "≥85%"),
        (None, "可持续影响指标", "网络安全人才储备库入库人数", "≥150人", "≥80人"),
        ("满意度指标", "服务对象满意度指标", "参赛人员满意度", "≥90%", "≥90%"),
    ]  # fmt: skip


@variant("sw04-xuanchuanzhou-copied", (8, 12), "two-year project 2025–2026, NAT-2021, "
         "宣传周暨技能竞赛: two cumulative counts copied into 年度, 年度资金总额 ≠ its "
         "parts")  # fmt: skip
def sw04() -> Book:
    b, s = start()
    annual = mk(wan(60), "B101", "error", note="年度资金总额 60 ≠ 财政拨款 52 + 其他资金 5 = 57")
    project_head(s, year=2025, years=2,
                 name="鹭汀县网络安全宣传周暨网络安全技能竞赛（2025—2026年）",
                 dept="中共鹭汀县委网络安全和信息化委员会办公室（527003）",
                 unit="鹭汀县网络安全和信息化服务中心",
                 money=multi_year((120, 110, 10), (annual, 52, 5)),
                 goals=["两年内组织县级网络安全技能竞赛2届、宣传周主题活动不少于20场，建立县级"
                        "网络安全人才储备库。",
                        "2025年举办首届技能竞赛和宣传周主题活动，公益广告投放不少于"
                        "40个点位。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, _sw04_rows())
    return b


def _sw05_rows() -> list[Row]:
    return [
        ("一、产出指标（50分）", "（一）数量指标", "完成等级保护定级备案系统数", "≥28个", 15),
        (None, None, "开展等级保护测评系统数", "≥28个", 10),
        (None, "（二）质量指标", "测评发现高危问题整改率", pct(0.95), 15),
        (None, "（三）时效指标", "年度测评工作完成时间", "2025年11月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "单系统测评服务单价", "≤1.6万元/个", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "三级系统测评合格率提高", "≥5百分点", 15),
        (None, "（二）可持续影响指标", "网络安全监测预警机制", "健全", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "被测评单位满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ]  # fmt: skip


@variant("sw05-dengbao-points", (5, 10), "project, NAT-2021, 等级保护合规建设: numbered tier "
         "labels with points and an indicator score column, both adding to 100, a rate raised "
         "in 百分点, a typed percent without operator (correct)")  # fmt: skip
def sw05() -> Book:
    b, s = start()
    project_head(s, year=2025, name="檀峪县网络安全等级保护2.0合规建设项目",
                 dept="中共檀峪县委网络安全和信息化委员会办公室（633010）",
                 unit="檀峪县大数据中心", money=one_year(45, 45, 0),
                 goals=["完成全县28个信息系统等级保护定级备案和测评，三级系统测评合格率较上年"
                        "提高5个百分点以上。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, header, _sw05_rows())
    return b


def _sw06_rows() -> list[Row]:
    out = mk(50, "W103", "error", note="产出 indicators score 15 + 10 + 10 + 10 = 45, not 50")
    eff = mk(30, "W103", "error", note="效益 indicators score 20 + 15 = 35, not 30")
    aware = mk("≥2000人", "T105", "error", note="a 知晓率 given as a head count")
    return [
        ("产出指标", out, "数量指标", "社区宣传活动场次", "≥40场", 15),
        (None, None, None, "发放网络安全宣传手册", "≥1.2万册", 10),
        (None, None, "质量指标", "活动问卷有效回收率", "≥90%", 10),
        (None, None, "时效指标", "进社区活动完成时间", "2025年9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "单场活动成本", "≤0.6万元/场", 10),
        ("效益指标", eff, "社会效益指标", "居民防范电信网络诈骗知晓率", aware, 20),
        (None, None, "可持续影响指标", "社区网络安全志愿服务队", "持续运行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "社区居民满意度", "≥90%", 10),
    ]  # fmt: skip


@variant("sw06-xuanchuan-points-wrong", (5, 10), "project, NAT-2021, 宣传周进社区: tier-1 "
         "score column merged down beside an indicator score column, two tier scores that the "
         "indicators do not add up to, a rate given as a count")  # fmt: skip
def sw06() -> Book:
    b, s = start(widths=(14, 8, 18, 30, 18, 8))
    project_head(s, year=2025, name="苇塘区网络安全宣传周“进社区”活动",
                 dept="苇塘区委网络安全和信息化委员会办公室（402017）",
                 unit="苇塘区网络安全宣传教育站", money=one_year(30, 25, 5),
                 goals=["在全区社区开展网络安全宣传活动不少于40场，提升居民防范电信网络诈骗"
                        "能力。"])  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, header, _sw06_rows(), merged=(1, 2, 3))
    return b
