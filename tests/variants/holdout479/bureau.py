"""Reserve bureau returns: zu13–zu18 (department money, template rows, exports, headers, labels)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout479.common import (
    BUREAU,
    HEAD4,
    RESERVE,
    YEAR,
    indicators,
    note,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout479.registry import variant
from tests.variants.kit import Book, day, mk, pct

CENTRE = "苇汀县湿地保护中心"
DEPT = f"{BUREAU}（214）"


@variant("zu13-bureau-department", (5, 12),
         "department, NAT-2021: budget with typed percent shares, key tasks adding to "
         "金额合计 (= 项目支出), abbreviated and *-marked tier labels, ★ core indicators "
         "(correct)")  # fmt: skip
def zu13() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=CENTRE, budget=[
        [wan(500), wan(450), wan(50), wan(200), wan(300)],
        [pct(1), pct(0.9), pct(0.1), pct(0.4), pct(0.6)],
    ], tasks=[
        ("麋鹿种群保护", "野化放归与种群监测", wan(180), "放归麋鹿30头"),
        ("退化湿地修复", "芦苇沼泽植被恢复", wan(120), "修复40公顷"),
        ("金额合计", None, wan(300), None),
    ], goal="保护野化麋鹿种群，修复退化湿地，提升保护区管护水平。")  # fmt: skip
    indicators(s, HEAD4, [
        ("*产出", "数量", "野化放归麋鹿", "≥30头"),
        (None, None, "退化湿地修复面积", "≥40公顷"),
        (None, "质量", "★放归个体佩标率", "=100%"),
        (None, "时效", "年度任务完成时间", "2025年12月31日前"),
        ("*成本", "经济成本", "湿地修复单价", "≤3万元/公顷"),
        ("*效益", "生态效益", "★野外麋鹿种群数量", "≥200头"),
        (None, "可持续影响", "湿地保护长效机制", "健全"),
        ("*满意度", "服务对象满意度", "周边社区群众满意度", pct(0.92)),
    ])  # fmt: skip
    signature(s, "庞予溪", "0517-8851 3306")
    return b


@variant("zu14-bureau-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share not matching its amount, "
         "tasks not adding to 金额合计")  # fmt: skip
def zu14() -> Book:
    b, s = start()
    total = mk(wan(430), "B101", "error", note="基本支出 180 + 项目支出 260 = 440, not 430")
    share = mk(pct(0.8), "B111", "error", note="380 ÷ 430 = 88.37%, not 80%")
    department_head(s, year=YEAR, dept=CENTRE, budget=[
        [total, wan(380), wan(50), wan(180), wan(260)],
        [pct(1), share, pct(0.1163, "0.00%"), pct(0.4186, "0.00%"), pct(0.6047, "0.00%")],
    ], tasks=[
        ("麋鹿栖息地管护", "食源地补植与围栏维护", wan(150), "补植食源地300亩"),
        ("湿地生态监测", "水文水质与水鸟监测", wan(70), "监测12次"),
        ("保护宣传教育", "科普展陈与进村宣讲", wan(30), "宣讲20场"),
        ("金额合计", None, mk(wan(260), "B102", "error", note="150 + 70 + 30 = 250"), None),
    ], goal="管护麋鹿栖息地，监测湿地生态，开展保护宣传。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "补植麋鹿食源地", "≥300亩"),
        (None, None, "湿地生态监测", "≥12次"),
        (None, "质量指标", "补植成活率", "≥85%"),
        ("成本指标", "经济成本指标", "食源地补植单价", "≤0.4万元/亩"),
        ("效益指标", "生态效益指标", "麋鹿栖息地适宜面积", "≥900亩"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "宁思渚", "0517-8851 3342")
    return b


@variant("zu15-bureau-template-rows", (6, 13),
         "department, NAT-2021: a tier-2 left from the template without indicator, a value "
         "without an indicator name")  # fmt: skip
def zu15() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=CENTRE, budget=[
        [wan(240), wan(220), wan(20), wan(100), wan(140)],
    ], goal="做好湿地日常巡护和界桩维护，保持湿地面积不减少。")  # fmt: skip
    empty = mk(None, "F110", "error", note="value ≤24小时 with no indicator name")
    left = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left unfilled")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "湿地巡护总里程", "≥3000公里"),
        (None, None, "界桩界碑维护", "≥60块"),
        (None, "质量指标", "巡护记录完整率", "≥95%"),
        (None, "时效指标", empty, "≤24小时"),
        ("成本指标", "经济成本指标", "巡护车辆年均运维成本", "≤2.5万元/辆"),
        (None, left, None, None),
        ("效益指标", "生态效益指标", "湿地面积保有量", "≥5600公顷"),
        (None, "可持续影响指标", "湿地保护长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "庞予溪", "0517-8851 3306")
    return b


def _export_rows() -> list[tuple[object, ...]]:
    a = ("321187250011", "麋鹿野化放归监测")
    w = ("321187250012", "湿地生态巡护")
    return [
        (*a, "产出指标", "数量指标", "野化放归麋鹿", "≥", 12, "头"),
        (*a, "产出指标", "数量指标", "野外种群监测", "≥", 24, "次"),
        (*a, "产出指标", "质量指标", "监测数据有效率", "≥", 95, "%"),
        (*a, "产出指标", "成本指标", "单次种群监测成本", "≤", 1.5, "万元/次"),
        (*a, "效益指标", "生态效益指标", "野外麋鹿种群数量", "≥", 180, "头"),
        (*a, "满意度指标", "服务对象满意度指标", "周边村民满意度", "≥", 90, "%"),
        (*w, "产出指标", "数量指标", "湿地巡护总里程", "≥", 2400, "公里"),
        (*w, "产出指标", "数量指标", "巡护车辆", "≥", 4, "辆"),
        (*w, "产出指标", "成本指标", "巡护车辆年运维单价", "≤", 2, "万元/辆"),
        (*w, "效益指标", "生态效益指标", "湿地面积保有量", "≥", 3200, "公顷"),
        (*w, "满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥", 90, "%"),
    ]  # fmt: skip


@variant("zu16-bureau-export", (4, 7),
         "budget-system export: money on 「部门项目支出预算05-1」, indicators on "
         "「部门项目支出绩效目标05-2」 with codes in the first columns and the header on the third "
         "row, tiers repeated, an export note and date below (correct)")  # fmt: skip
def zu16() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 22, 14, 14, 14))
    s.title("部门项目支出预算表", 5)
    s.row(f"单位名称：{CENTRE}", None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("321187250011", "麋鹿野化放归监测", wan(75), wan(65), wan(10))
    s.row("321187250012", "湿地生态巡护", wan(55), wan(55), wan(0))
    s.row("合计", None, wan(130), wan(120), wan(10))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 18, 12, 16, 22, 10, 10, 10))
    t.title("部门项目支出绩效目标表", 8)
    t.row(f"单位名称：{CENTRE}", None, None, None, f"预算年度：{YEAR}")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    t.table(_export_rows())
    note(t, "说明：本表由预算管理一体化系统导出，指标值与度量单位分列。", 8)
    t.row("导出时间：", day(YEAR - 1, 11, 5))
    return b


@variant("zu17-bureau-two-row-header", (7, 11),
         "project, OLD-NAT, two-row header, 指标方向 as direction (正向/反向/定性), operators in "
         "words (大于等于/小于等于), bare numbers with a unit column (correct)")  # fmt: skip
def zu17() -> Book:
    b, s = start(widths=(14, 16, 28, 10, 10, 10, 12))
    project_head(s, year=YEAR, name="麋鹿保护区湿地生态监测站运行项目", dept=DEPT,
                 unit=RESERVE, money=one_year(42, 36, 6),
                 goals=["保障6个自动监测站稳定运行，完成水质人工采样12次。"])  # fmt: skip
    s.row("绩效指标", None, None, "指标值", None, None, None, merge=[(1, 3), (4, 7)])
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "目标值", "计量单位")
    up, down, ge, le = "正向", "反向", "大于等于", "小于等于"
    s.table([
        ("产出指标", "数量指标", "自动监测站点运行", up, ge, 6, "个"),
        (None, None, "水质人工采样监测", up, ge, 12, "次"),
        (None, "质量指标", "监测数据有效率", up, ge, 95, "%"),
        (None, "时效指标", "数据异常响应时间", down, le, 24, "小时"),
        (None, "成本指标", "单站年运行维护成本", down, le, 5, "万元/个"),
        ("效益指标", "生态效益指标", "富营养化水体面积下降率", up, ge, 10, "%"),
        (None, None, "麋鹿栖息水域水质超标率", down, le, 5, "%"),
        (None, "可持续影响指标", "监测数据共享平台", "定性", None, "稳定运行", None),
        ("满意度指标", "服务对象满意度指标", "保护区管理人员满意度", up, ge, 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "聂书衡", "0517-8836 2093")
    return b


@variant("zu18-bureau-wrong-parent", (5,),
         "project, NAT-2021, numbered labels (一、产出指标, 1.数量指标): a tier-2 under the wrong "
         "tier-1, = on a satisfaction rate, a typed 100%")  # fmt: skip
def zu18() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="麋鹿保护科普宣教项目", dept=DEPT, unit=RESERVE,
                 money=one_year(30, 25, 5),
                 goals=["开展麋鹿保护科普宣教活动12场，更新科普展板40块。"])  # fmt: skip
    parent = mk("3.社会效益指标", "F105", "error", note="社会效益指标 belongs under 效益指标")
    equal = mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% meant")
    indicators(s, ("一级指标", "二级指标", "三级指标", "目标值"), [
        ("一、产出指标", "1.数量指标", "麋鹿科普宣教活动", "≥12场"),
        (None, None, "科普展板更新", "≥40块"),
        (None, "2.质量指标", "展板内容审核通过率", pct(1)),
        (None, parent, "参观群众人次", "≥20000人次"),
        ("二、成本指标", "1.经济成本指标", "单场宣教活动成本", "≤0.8万元/场"),
        ("三、效益指标", "1.社会效益指标", "麋鹿保护知识知晓率", "≥80%"),
        (None, "2.可持续影响指标", "科普宣教长效机制", "建立并执行"),
        ("四、满意度指标", "1.服务对象满意度指标", "参观群众满意度", equal),
    ])  # fmt: skip
    signature(s, "宁思渚", "0517-8851 3342")
    return b
