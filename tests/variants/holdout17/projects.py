"""Project tables (§3.1) of forestry, natural-resources and soil projects: a table continued on a
second sheet, a 总表 sheet in front of two goal tables, 中期 and 年度 columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout17.common import AMOUNT, notes, signature
from tests.variants.holdout17.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, pct

W6 = (14, 16, 30, 20, 20, 16)
HEAD5 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


def _m(value: float) -> C:
    return C(value, AMOUNT)


@variant("ia07-forest-two-sheets-ok", (7, 4),
         "project, OLD-NAT: head and 产出 block on the first sheet, the table continued on a "
         "second sheet under a repeated header (效益, 满意度), ‰ rates, 元/亩 costs")  # fmt: skip
def forest_two_sheets_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", W6)
    project_head(s, year=2026, name="青屿市森林抚育与国土绿化项目", dept="青屿市林业局（318006）",
                 unit="青屿市国有林场管理中心", attr="延续项目",
                 money=[("资金总额", _m(860), "财政拨款", _m(800)),
                        ("其他资金", _m(60), None, None)],
                 goals=["2026年完成中幼林抚育1.2万亩、新造林3600亩，苗木成活率85%以上，全市"
                        "森林覆盖率保持在63.5%以上，林分质量逐步改善。"])  # fmt: skip
    s.row("资金明细（万元）", "明细项目", None, "金额", "测算依据", None, merge=[(2, 3), (5, 6)])
    top = s.r
    for item, amount, basis in [
        ("森林抚育补助", 240, "1.2万亩×200元/亩"),
        ("新造林补助", 180, "3600亩×500元/亩"),
        ("苗木采购", 260, "容器苗、大苗"),
        ("作业设计与检查验收", 45, None),
        ("造林地管护", 135, "聘用护林员"),
        ("合计", 860, None),
    ]:
        s.row(None, item, None, _m(amount), basis, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(*HEAD5)
    s.table([
        ("产出指标", "数量指标", "完成森林抚育面积", "≥1.2万亩", None),
        (None, None, "新造林面积", "≥3600亩", "含补植补造"),
        (None, "质量指标", "苗木成活率", "≥85%", None),
        (None, None, "抚育作业检查验收合格率", "≥95%", None),
        (None, "时效指标", "抚育作业完成时间", "2026年11月30日前", None),
        (None, "成本指标", "森林抚育补助标准", "≤200元/亩", None),
        (None, None, "新造林补助标准", "≤500元/亩", None),
    ], merged=(1, 2))  # fmt: skip
    s.row("（续下页）", merge=[(1, 5)])
    t = b.sheet("绩效目标表（续）", W6)
    t.title("2026年度项目支出绩效目标申报表（续）", 5)
    t.row(*HEAD5)
    t.table([
        ("效益指标", "经济效益指标", "带动林农务工增收", "≥85万元", None),
        (None, "生态效益指标", "全市森林覆盖率", "≥63.5%", None),
        (None, None, "森林火灾受害率", "≤0.9‰", None),
        (None, "可持续影响指标", "抚育林分质量", "逐步改善", None),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    signature(t, filled=(2025, 11, 3), person="杨柏舟", phone="0795-7018 2265")
    return b


@variant("ia08-afforestation-multi-year", (8, 5, 1),
         "three-year project, OLD-NAT, 中期 and 年度 columns: two cumulative areas copied from "
         "中期 into 年度, a 生态效益 block under 产出指标, a quality rate without %")  # fmt: skip
def afforestation_multi_year() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(s, year=2026, years=3, name="鹭溪流域国土绿化试点示范项目",
                 dept="白鹭湖区林业局", unit="白鹭湖区林业局", attr="新增项目",
                 money=[("中期资金总额", _m(4500), "年度资金总额", _m(1600)),
                        ("其中：财政拨款", _m(4200), "其中：财政拨款", _m(1500)),
                        ("其他资金", _m(300), "其他资金", _m(100))],
                 goals=["2026—2028年在鹭溪流域完成新增造林4.5万亩、退化林修复2.1万亩，森林"
                        "抚育6万亩，流域森林覆盖率提高到58.6%。",
                        "启动鹭溪流域国土绿化试点，完成首年造林、退化林修复和抚育任务，"
                        "建立造林地管护责任制度。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "新增造林面积", "≥4.5万亩",
         mk("≥4.5万亩", "D202", "warning", row=True, note="three-year area copied"), None),
        (None, None, "退化林修复面积", "≥2.1万亩",
         mk("≥2.1万亩", "D202", "warning", row=True, note="copied"), None),
        (None, None, "森林抚育面积", "≥6万亩", "≥2万亩", None),
        (None, "质量指标", "造林成活率", "≥85%", "≥85%", None),
        (None, None, "苗木质量合格率", "≥95%",
         mk("95", "T105", "warning", row=True, alt=("D203",), note="a rate without %"), None),
        (None, "时效指标", "年度造林任务完成时间", "2028年12月31日前", "2026年12月31日前", None),
        (None, "成本指标", "人工造林补助标准", "≤300元/亩", "≤300元/亩", None),
        (None, mk("生态效益指标", "F105", "error", note="under 产出指标"),
         "新增森林蓄积量", "≥3.6万立方米", "≥1.2万立方米", None),
        ("效益指标", "社会效益指标", "带动农户务工", "≥1500人次", "≥500人次", None),
        (None, "可持续影响指标", "造林地管护责任落实率", pct(1), pct(1), None),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=(2025, 10, 15), person="罗一川", phone="13870312296")
    return b


def _mine_table(s: Sheet) -> None:
    project_head(s, year=2026, name="废弃矿山生态修复项目", dept="青屿市自然资源局",
                 unit="青屿市国土空间生态修复中心", attr="一次性项目",
                 money=[("资金总额", _m(680), "财政拨款", _m(680)),
                        ("其他资金", _m(0), None, None)],
                 goals=["完成青岗、石牛岭2处废弃矿山生态修复，修复面积46公顷，消除地质灾害"
                        "隐患，修复区植被覆盖度达到75%以上。"])  # fmt: skip
    s.row(*HEAD5)
    s.table([
        ("产出指标", "数量指标", "废弃矿山生态修复面积", "≥46公顷", None),
        (None, None, "削坡整形土方量", "≥8.2万立方米", None),
        (None, "质量指标", "修复工程验收合格率", pct(1), None),
        (None, "时效指标", "工程完工时间", "2026年10月31日前", None),
        (None, "成本指标", "单位面积修复成本", "≤14.5万元/公顷", None),
        ("效益指标", "生态效益指标", "修复区植被覆盖度", "≥75%", None),
        (None, "社会效益指标", "消除地质灾害隐患点", "≥2处", None),
        (None, "可持续影响指标", "修复区后期管护期", "≥3年", None),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip


def _hazard_table(s: Sheet) -> None:
    project_head(s, year=2026, name="地质灾害隐患点综合治理项目", dept="青屿市自然资源局",
                 unit="青屿市地质灾害防治中心", attr="延续项目",
                 money=[("资金总额", _m(420), "财政拨款", _m(360)),
                        ("其他资金", _m(60), None, None)],
                 goals=["完成5处地质灾害隐患点工程治理，群测群防监测点全覆盖，汛期不发生因"
                        "地质灾害造成的人员伤亡。"])  # fmt: skip
    s.row(*HEAD5)
    s.table([
        ("产出指标", "数量指标", "隐患点工程治理", "=5处", None),
        (None, None, "群测群防监测点", "≥126个", None),
        (None, "质量指标", "治理工程验收合格率", pct(1), None),
        (None, None, "监测点覆盖率", pct(1), None),
        (None, "时效指标", "汛前巡查排查完成时间", "2026年4月30日前", None),
        (None, "成本指标", "群测群防监测员补助标准", "≤2400元/人·年", None),
        ("效益指标", "社会效益指标", "受威胁群众安全转移率", pct(1), "险情发生时"),
        (None, None, "因地质灾害造成人员伤亡", "0人", None),
        (None, "可持续影响指标", "隐患点动态巡查机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受威胁群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip


@variant("ia09-summary-sheet-ok", (2, 7, 12),
         "a 总表 sheet of three projects' amounts (not a goal table) before two projects' goal "
         "tables on their own sheets; the third project has no sheet in this file")  # fmt: skip
def summary_sheet_ok() -> Book:
    b = Book()
    s = b.sheet("总表", (8, 30, 14, 16, 16, 16, 20))
    s.title("青屿市自然资源局2026年度项目支出预算汇总表", 7)
    s.row("单位：万元", merge=[(1, 7)])
    s.row("序号", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金", "备注")
    lines: Sequence[Sequence[Any]] = [
        (1, "废弃矿山生态修复项目", "一次性项目", _m(680), _m(680), _m(0), "见附表1"),
        (2, "地质灾害隐患点综合治理项目", "延续项目", _m(420), _m(360), _m(60), "见附表2"),
        (3, "全域土地综合整治试点项目", "延续项目", _m(1350), _m(1100), _m(250), "另行报送"),
        ("合计", None, None, _m(2450), _m(2140), _m(310), None),
    ]
    for line in lines:
        s.row(*line)
    notes(s, ["注：各项目绩效目标表见附表，全域土地综合整治试点项目绩效目标随实施方案另报。"], 7)
    _mine_table(b.sheet("附表1 矿山修复", W6))
    _hazard_table(b.sheet("附表2 地灾治理", W6))
    return b


@variant("ia12-rural-sewage-multi-year-ok", (8, 1, 4),
         "three-year project, OLD-NAT, 中期 and 年度 columns: cumulative counts smaller in the "
         "year, rates equal or smaller, word operators (不低于, 以上), cost × villages equal to "
         "the annual money, 注 and signature lines")  # fmt: skip
def rural_sewage_ok() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", W6)
    project_head(s, year=2026, years=3, name="石门溪县农村生活污水治理三年行动项目",
                 dept="石门溪县生态环境局", unit="石门溪县生态环境局", attr="新增项目",
                 money=[("中期资金总额", _m(5400), "年度资金总额", _m(1800)),
                        ("其中：财政拨款", _m(5100), "其中：财政拨款", _m(1700)),
                        ("其他资金", _m(300), "其他资金", _m(100))],
                 goals=["2026—2028年完成90个行政村生活污水治理，新建污水收集管网210公里，"
                        "农村生活污水治理率达到75%以上。",
                        "2026年完成30个行政村生活污水治理，新建污水收集管网70公里，农村生活"
                        "污水治理率达到52%以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "完成生活污水治理行政村", "≥90个", "≥30个", None),
        (None, None, "新建污水收集管网", "≥210公里", "≥70公里", None),
        (None, None, "新建小型污水处理设施", "≥36座", "≥12座", None),
        (None, "质量指标", "设施出水水质达标率", "不低于90%", "不低于90%", None),
        (None, None, "工程竣工验收合格率", pct(1), pct(1), None),
        (None, "时效指标", "年度建设任务完成时间", "2028年11月30日前", "2026年11月30日前", None),
        (None, "成本指标", "单村治理平均投资", "≤60万元/村", "≤60万元/村", None),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "≥75%", "≥52%", None),
        (None, "社会效益指标", "受益农户", "≥2.7万户", "≥0.9万户", None),
        (None, "可持续影响指标", "设施正常运行率", "95%以上", "95%以上", "第三方运维"),
        (None, None, "设施运维管理水平", "良好", "良好", None),
        ("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：中期指标值为2026—2028年累计值，年度指标值为2026年当年值。"], 6)
    signature(s, filled=(2025, 12, 1), person="龚小满", phone="0795-7325 0816",
              reviewer="聂文涛")  # fmt: skip
    return b


@variant("ia13-soil-remediation", (9, 6, 13),
         "one-year project, OLD-NAT: a 2024 start date in a 2026 one-year project, the annual "
         "amount pasted from a PDF with a split number, a 时效 template row left empty, a "
         "value without an indicator name")  # fmt: skip
def soil_remediation() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(s, year=2026, name="鹭溪沿岸受污染耕地治理修复项目", dept="白鹭湖区生态环境局",
                 unit="白鹭湖区农业农村局", attr="一次性项目",
                 start=mk(day(2024, 3, 1), "Y102", "error", alt=("Y101",),
                          note="a one-year 2026 project starting in 2024"),
                 money=[("年度资金总额", mk("1205.337 6", "X105", "warning", alt=("X103",)),
                         "财政拨款", C(1000, "0.0000")),
                        ("其他资金", C(205.3376, "0.0000"), None, None)],
                 goals=["完成鹭溪沿岸受污染耕地治理修复2600亩，"
                        "治理区农产品质量达标率95%以上。"])  # fmt: skip
    s.row(*HEAD5)
    s.table([
        ("产出指标", "数量指标", "受污染耕地治理修复面积", "≥2600亩", None),
        (None, None, "土壤及农产品样品检测", "≥480个", None),
        (None, None, mk(None, "F110", "error", note="a value without a name"), "≥3处", None),
        (None, "质量指标", "治理修复效果评估达标率", "≥90%", None),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None, None),
        (None, "成本指标", "治理修复单位成本", "≤4500元/亩", None),
        ("效益指标", "生态效益指标", "治理区农产品质量达标率", "≥95%", None),
        (None, "社会效益指标", "受益农户", "≥860户", None),
        (None, "可持续影响指标", "耕地土壤环境监测机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=(2025, 11, 28), person="陶然", phone="0795-7360 9124")
    return b
