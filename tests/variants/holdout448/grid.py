"""Grid connection (并网) returns of the 448th held-out set: yp01 to yp06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout448.common import (
    YEAR,
    first,
    indicators,
    notes,
    one_year,
    periods,
    sign,
    wan,
)
from tests.variants.holdout448.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, money, pct

H_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
H_ONE = ("一级指标", "二级指标", "三级指标", "指标值")

YP01 = [
    ("产出指标", "数量指标", "新建110千伏送出线路长度", "≥", 18.6, "公里"),
    (None, None, "新建升压站", "=", 1, "座"),
    (None, "质量指标", "涉网设备验收合格率", "=", pct(1), "%"),
    (None, None, "并网点电能质量监测达标率", "≥", pct(0.95), "%"),
    (None, "时效指标", "并网调试完成时间", "≤", day(YEAR, 10, 31), None),
    (None, "成本指标", "送出线路单位造价", "≤", 38, "万元/公里"),
    ("效益指标", "经济效益指标", "年上网电量", "≥", 2.1, "亿千瓦时"),
    (None, "社会效益指标", "风电场年弃风率", "≤", pct(0.05), "%"),
    (None, "生态效益指标", "年减少二氧化碳排放", "≥", 17, "万吨"),
    (None, "可持续影响指标", "送出线路运维责任制度", "定性", "健全", None),
    ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥", pct(0.9), "%"),
]  # fmt: skip


@variant("yp01-grid-percent-cells", (1, 12),
         "project, OLD-NAT, operator column (指标性质) and unit column, percents typed in Excel, "
         "万元 only in the number format (correct)")  # fmt: skip
def yp01() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="鹭屿县北茆山风电场110千伏送出工程并网补助",
                 dept="鹭屿县发展和改革局（413021）", unit="鹭屿县能源发展服务中心",
                 money=one_year(860, 700, 160), attr="一次性项目",
                 goals=["建成送出线路18.6公里和升压站1座，年内全容量并网。"])  # fmt: skip
    indicators(s, H_OP, YP01)
    sign(s, "葛书砚", "0739-5528613")
    return b


YP02_A = [
    ("产出指标", "数量指标", "改造集电线路长度", "≥26公里"),
    (None, None, "更换箱式变压器", "≥12台"),
    (None, "质量指标", "改造线路验收合格率", "100%"),
    (None, "时效指标", "改造完工时间", "2025年9月30日前"),
    (None, "成本指标", "集电线路改造单位成本", "≤10万元/公里"),
    ("效益指标", "社会效益指标", "集电线路故障停运次数", "≤2次"),
    (None, "可持续影响指标", "改造线路设计使用年限", "≥25年"),
    ("满意度指标", "服务对象满意度指标", "风电场运维单位满意度", "≥90%"),
]  # fmt: skip
YP02_B = [
    ("产出指标", "数量指标", "接入储能系统容量", "≥20兆瓦时"),
    (None, "质量指标", "储能系统并网检测通过率",
     mk("3次", "T105", "error", note="通过率是比率，指标值却是次数")),
    (None, None, "涉网设备验收合格率", "≥98%"),
    (None, "时效指标", "储能系统并网时间", "2025年11月30日前"),
    (None, "成本指标", "储能系统单位接入成本", "≤9万元/兆瓦时"),
    ("效益指标", "经济效益指标", "年增加调峰电量", "≥600万千瓦时"),
    (None, "社会效益指标", "弃风电量下降率", "≥8%"),
    ("满意度指标", "服务对象满意度指标", "电网调度部门满意度", "≥90%"),
]  # fmt: skip


@variant("yp02-grid-stacked-defects", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "money does not add up and one rate is given as a count")  # fmt: skip
def yp02() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="澄岬风电场35千伏集电线路改造",
                 dept="岑潮市能源局（602007）", unit="岑潮市澄岬风电运维中心",
                 money=one_year(320, 280, 40),
                 goals=["完成26公里集电线路和12台箱式变压器改造，降低线路故障停运。"])  # fmt: skip
    indicators(s, H_ONE, YP02_A)
    s.skip()
    total = mk(money(240, WAN), "B101", "error", row=True, note="180 + 40 = 220，不等于 240")
    project_head(s, year=YEAR, name="蒿坪风电场配套储能并网接入", title="",
                 dept="岑潮市能源局（602007）", unit="岑潮市蒿坪新能源服务站",
                 money=one_year(total, 180, 40),
                 goals=["建成20兆瓦时配套储能并接入电网，提高风电调峰能力。"])  # fmt: skip
    indicators(s, H_ONE, YP02_B)
    sign(s, "祁晓岚", "0736-8814270")
    return b


TASKS03 = [
    ("风电并网协调服务", "组织并网协调会，跟踪项目接入", money(300, WAN), "6个项目并网"),
    ("风电场鸟类安全监测", "布设监测样线，运维监测数据平台", money(220, WAN), "样线≥24条"),
    ("场地生态修复督导", "督导风电场施工迹地修复", money(300, WAN), "督导覆盖率≥90%"),
    ("金额合计", None, money(820, WAN), None),
]  # fmt: skip
FLAT03 = [
    ("协调风电项目并网数量", 10, "个", "≥", 6),
    ("并网协调会议召开次数", 10, "次", "≥", 8),
    ("鸟类安全监测样线数量", 10, "条", "≥", 24),
    ("场地生态修复督导覆盖率", 10, "%", "≥", pct(0.9)),
    ("并网申请办结及时率", 10, "%", "≥", 95),
    ("风电场鸟类撞击事件下降率", 10, "%", "≥", 10),
    ("监测数据平台年运维成本", 10, "万元", "≤", 60),
    ("修复区植被覆盖度", 10, "%", "≥", 70),
    ("并网投诉办结率", 10, "%", "=", 100),
    ("服务对象满意度", 10, "%", "≥", 90),
    ("合计", 100, None, None, None),
]  # fmt: skip


@variant("yp03-grid-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), a "
         "typed percent, a 下降率 with ≥, weights adding to 100 (correct)")  # fmt: skip
def yp03() -> Book:
    b, s = first()
    budget = [(money(1250, WAN), money(1100, WAN), money(150, WAN), money(430, WAN),
               money(820, WAN))]  # fmt: skip
    department_head(s, year=YEAR, dept="鹭屿县能源发展服务中心", budget=budget, tasks=TASKS03,
                    goal="做好风电项目并网服务，落实鸟类安全监测和施工迹地修复督导。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(FLAT03)
    sign(s, "邬振川", "0739-5531702")
    return b


YP04 = [
    ("产出指标", "数量指标", "完成并网性能检测风电机组", "≥24台"),
    (None, None, "出具涉网试验报告", "≥24份"),
    (None, "质量指标", "风电机组非计划停运率",
     mk("≥2%", "T108", "warning", row=True, note="停运率是反向指标，应为 ≤2%")),
    (None, None, "涉网试验一次通过率", "≥90%"),
    (None, "时效指标", "并网调度信息上传及时率",
     mk("≤98%", "T108", "warning", row=True, note="及时率是正向指标，应为 ≥98%")),
    ("成本指标", "经济成本指标", "单台机组涉网检测费用",
     mk("=3.5万元/台", "T108", "warning", row=True, note="成本上限写成“=”，应为 ≤")),
    (None, "生态环境成本指标", "检测期间鸟类撞击事件", "0起"),
    ("效益指标", "经济效益指标", "机组年等效利用小时数提高", "≥50小时"),
    (None, "社会效益指标", "电网频率越限事件", "≤1次"),
    ("满意度指标", "服务对象满意度指标", "风电场业主满意度", "≥90%"),
]  # fmt: skip


@variant("yp04-grid-direction-inline", (11,),
         "project, NAT-2021, operators inside the values: a 反向 停运率 with ≥, a 正向 及时率 "
         "with ≤, a cost cap with =")  # fmt: skip
def yp04() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="风电机组涉网性能检测", dept="岑潮市能源局（602007）",
                 unit="岑潮市电力运行监测站", money=one_year(150, 150, 0),
                 goals=["完成24台风电机组涉网性能检测，提高机组并网运行可靠性。"])  # fmt: skip
    indicators(s, H_ONE, YP04)
    sign(s, "窦明溪", "0736-8820931")
    return b


def _d202(v: str) -> C:
    return mk(v, "D202", "warning", note="三年期项目的累计数量，年度值照抄了中期值")


YP05 = [
    ("产出指标", "数量指标", "新建集电线路", "≥42公里", _d202("≥42公里")),
    (None, None, "改造箱式变压器", "≥36台", _d202("≥36台")),
    (None, None, "完成涉网性能改造风电机组", "≥60台", "≥20台"),
    (None, None, "接入储能容量", "≥20兆瓦时",
     mk("≥30兆瓦时", "D201", "error", note="年度 30 兆瓦时大于中期 20 兆瓦时")),
    (None, "质量指标", "改造工程验收合格率", "100%", "100%"),
    (None, "时效指标", "年度改造任务按期完成率", "≥95%", "≥95%"),
    ("成本指标", "经济成本指标", "集电线路单位造价", "≤12万元/公里", "≤12万元/公里"),
    ("效益指标", "经济效益指标", "增加上网电量", "≥6000万千瓦时", "≥1500万千瓦时"),
    (None, "可持续影响指标", "改造设备设计使用年限", "≥20年", "≥20年"),
    ("满意度指标", "服务对象满意度指标", "风电场运维人员满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant("yp05-grid-multiyear-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied, "
         "one annual count above its period count")  # fmt: skip
def yp05() -> Book:
    b, s = first()
    project_head(s, year=YEAR, years=3, name="砾湾区风电场群并网配套设施升级",
                 dept="岑潮市砾湾区发展和改革局（602113）", unit="砾湾区新能源发展中心",
                 money=periods((1800, 1500, 300), (600, 500, 100)), attr="新增项目",
                 goals=["三年内新建集电线路42公里、改造箱变36台、改造风机60台、接入储能20兆瓦时。",
                        "2025年改造风机20台，启动集电线路和储能接入工程。"])  # fmt: skip
    indicators(s, (*H_ONE[:3], "中期指标值", "年度指标值"), YP05)
    sign(s, "柏秋禾", "0736-8807415")
    return b


CODE = "607014250003"
EXPORT = [
    (CODE, "产出指标", "数量指标", "接入调度监测平台的风电场", "≥", 9, "个"),
    (CODE, "产出指标", "数量指标", "新增风功率预测终端", "≥", 9, "套"),
    (CODE, "产出指标", "质量指标", "风功率短期预测准确率", "≥", pct(0.85), "%"),
    (CODE, "产出指标", "时效指标", "平台上线运行时间", "≤", day(YEAR, 9, 30), None),
    (CODE, "产出指标", "成本指标", "单套预测终端购置成本", "≤", 22, "万元/套"),
    (CODE, "效益指标", "经济效益指标", "减少考核电量", "≥", 800, "万千瓦时"),
    (CODE, "效益指标", "社会效益指标", "调度指令执行及时率", "≥", pct(0.98), "%"),
    (CODE, "效益指标", "可持续影响指标", "平台数据保存期限", "≥", 5, "年"),
    (CODE, "满意度指标", "服务对象满意度指标", "接入风电场满意度", "≥", pct(0.9), "%"),
]  # fmt: skip


@variant("yp06-grid-export-second-sheet", (7, 12),
         "budget-system export: budget lines with codes on the first sheet, the indicator table "
         "on a second sheet, header on the third row under 绩效目标值, codes in the first "
         "column, tiers repeated in every row (correct)")  # fmt: skip
def yp06() -> Book:
    b, s = first("项目支出预算表0301", (14, 16, 30, 18, 12, 12, 12))
    s.title(f"{YEAR}年度项目支出预算表", 7)
    s.row("单位：岑潮市能源监测中心", None, None, None, "金额单位：万元", merge=[(1, 4)])
    s.row("单位编码", "项目编码", "项目名称", "支出经济分类", "合计", "财政拨款", "其他资金")
    name = "岑潮市风电并网调度监测平台建设"
    lines = [("专用设备购置", 210, 210, 0), ("委托业务费", 95, 80, 15),
             ("其他商品和服务支出", 35, 20, 15), ("合计", 340, 310, 30)]  # fmt: skip
    for kind, tot, fin, oth in lines:
        head = ("607014", CODE, name) if kind != "合计" else (None, None, None)
        s.row(*head, kind, wan(tot), wan(fin), wan(oth))
    t = b.sheet("项目绩效目标表0302", (16, 12, 18, 30, 10, 14, 12))
    t.title(f"{YEAR}年度项目支出绩效目标表", 7)
    t.row(f"项目名称：{name}", None, None, None, "导出日期：", day(YEAR - 1, 12, 6),
          merge=[(1, 4)])  # fmt: skip
    t.row("项目编码", "一级指标", "二级指标", "三级指标", "指标方向", "绩效目标值", "计量单位")
    t.table(EXPORT)
    notes(t, "说明：本表由预算管理一体化系统导出。", width=7)
    return b
