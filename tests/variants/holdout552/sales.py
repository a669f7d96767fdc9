"""Returns cp13–cp18: multi-year brand and sales projects of the cooperatives, header words,
a table on a second sheet, points and a budget-system export."""

from __future__ import annotations

from tests.variants.holdout552.common import YEAR, indicators, notes, one_year, project, sign, w
from tests.variants.holdout552.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def three_years(total: float, fiscal: float, annual: float, a_fiscal: float) -> list[
        tuple[str, object, str, object]]:  # fmt: skip
    """The money rows of a three-year project head: 中期 on the left, 年度 on the right."""
    return [("中期资金总额", w(total), "年度资金总额", w(annual)),
            ("其中：财政拨款", w(fiscal), "其中：财政拨款", w(a_fiscal)),
            ("其他资金", w(total - fiscal), "其他资金", w(annual - a_fiscal))]  # fmt: skip


@variant("cp13-multi-year", (8,), "three-year project 2025–2027, NAT-2021, 中期 and 年度 "
         "columns: counts smaller in the year, rates and unit costs "
         "legitimately equal (correct)")  # fmt: skip
def cp13() -> Book:
    b, s = project(name="“荪坞笋干”区域公用品牌培育项目", unit="荪坞县笋干产业协会", years=3,
                   money=three_years(300, 240, 100, 80), attr="新增项目",
                   goals=["三年培育“荪坞笋干”区域公用品牌，授权合作社30家，品牌笋干年销售额"
                          "达到6000万元。",
                          "2025年授权合作社10家，开设线上旗舰店1个，"
                          "参加农产品展会2场。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "每场展会参展费用", "≤8万元", "≤8万元"),
        ("产出指标", "数量指标", "授权使用品牌合作社", "≥30家", "≥10家"),
        (None, None, "参加农产品展会", "≥6场", "≥2场"),
        (None, "质量指标", "品牌笋干抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "线上旗舰店开通时间", "2025年6月30日前", "2025年6月30日前"),
        ("效益指标", "经济效益指标", "品牌笋干年销售额", "≥6000万元", "≥4000万元"),
        (None, "可持续影响指标", "品牌授权管理制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "授权合作社满意度", "≥90%", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    return b


@variant("cp14-multi-year-copied", (8,), "three-year project 2025–2027, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, two cumulative counts copied")  # fmt: skip
def cp14() -> Book:
    goal = "三年新建笋干电商直播间12个，培训笋农主播90人，带动干笋线上销售300吨。"
    copied = mk(goal, "D204", "warning", note="年度目标 identical to 中期目标 in a 3-year project")
    b, s = project(name="笋干合作社电商直播帮扶项目", unit="竹峤镇笋干合作社联合社", years=3,
                   money=three_years(150, 120, 50, 40), goals=[goal, copied])  # fmt: skip
    note = "a cumulative count over three years copied into the year"
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "每个直播间建设补助", "≤4万元", "≤4万元"),
        ("产出指标", "数量指标", "新建电商直播间", "≥12个",
         mk("≥12个", "D202", "warning", note=note)),
        (None, None, "培训笋农主播", "≥90人", mk("≥90人", "D202", "warning", note=note)),
        (None, "质量指标", "直播间验收合格率", "=100%", "=100%"),
        (None, "时效指标", "直播间建成时间", "2027年6月30日前", "2025年10月31日前"),
        ("效益指标", "经济效益指标", "干笋线上销售量", "≥300吨", "≥80吨"),
        ("满意度指标", "服务对象满意度指标", "参训主播满意度", "≥90%", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    return b


CONTENT_HEAD = ("一级指标", "二级指标", "指标内容", "绩效标准")


@variant("cp15-header-words", (7, 4), "project, OLD-NAT, headers 指标内容 and 绩效标准, a 注 row "
         "inside the table, the header repeated after a page break, 填表说明 and signature "
         "lines dated the year before (correct)")  # fmt: skip
def cp15() -> Book:
    b, s = project(name="笋干合作社冷库租赁补助项目", unit="翠篁乡笋干专业合作社联合社",
                   money=one_year(w(28), w(20), w(8)),
                   goals=["租赁冷库2座共600立方米，保障夏季干笋储存不返潮。"])  # fmt: skip
    indicators(s, CONTENT_HEAD, [
        ("产出指标", "数量指标", "租赁冷库容积", "≥600立方米"),
        (None, None, "入库干笋", "≥150吨"),
        (None, "质量指标", "储存干笋返潮率", "≤2%"),
        (None, "时效指标", "冷库投入使用时间", "2025年5月31日前"),
    ], label="绩效指标")  # fmt: skip
    s.row("注：成本指标见下页。", merge=[(1, 4)])
    s.skip()
    s.row(*CONTENT_HEAD)
    s.table([
        ("产出指标", "成本指标", "每立方米冷库年租金", "≤400元"),
        ("效益指标", "经济效益指标", "夏季干笋错峰销售溢价", "≥10%"),
        (None, "可持续影响指标", "合作社冷链储存制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "入库笋农满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.绩效标准填写比较符、数值和单位；2.成本指标按年租金测算，"
             "600立方米×400元=24万元。", width=4)  # fmt: skip
    sign(s, "邬青箬", "0579-6651930", filled=None)
    return b


@variant("cp16-second-sheet", (7, 9), "project: head and detail lines on the first sheet, one "
         "amount split by a space; the indicator table on a second sheet under header 预期实现值, "
         "a 合格率 given in 吨")  # fmt: skip
def cp16() -> Book:
    b, s = project(sheet="项目信息", name="笋干合作社热风烘干设备购置项目",
                   unit="竹峤镇乌箨村笋干合作社", money=one_year(w(55), w(40), w(15)),
                   goals=["购置热风烘干设备8台，改造燃料棚，年烘干鲜笋600吨。"])  # fmt: skip
    s.row("资金明细", "支出内容", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    s.row(None, "热风烘干设备购置", w(32), "8台×4万元/台", merge=[(4, 6)])
    s.row(None, "燃料棚改造",
          mk("16.2 5", "X105", "warning", alt=("X103",), note="16.25 split by a space"),
          "燃料棚3座", merge=[(4, 6)])  # fmt: skip
    s.row(None, "操作人员培训", w(6.75), "45人次", merge=[(4, 6)])
    s.row(None, "合计", w(55), None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "购置热风烘干设备", "≥8台"),
        (None, "质量指标", "烘干笋干合格率",
         mk("600吨", "T105", "error", note="a 合格率 given as a tonnage")),
        (None, "时效指标", "设备安装完成时间", "2025年4月30日前"),
        (None, "成本指标", "每台烘干设备购置价", "≤4万元"),
        ("效益指标", "经济效益指标", "年烘干鲜笋", "≥600吨"),
        ("满意度指标", "服务对象满意度指标", "入社笋农满意度", "≥90%"),
    ], label=None)  # fmt: skip
    return b


@variant("cp17-points-mismatch", (10,), "project, OLD-NAT, tier-1 score and indicator score "
         "columns: the scores under 产出 and 效益 do not add to the tier's score")  # fmt: skip
def cp17() -> Book:
    b, s = project(name="笋干合作社包装材料统购项目", unit="荪坞县笋干产业协会",
                   money=one_year(w(26), w(20), w(6)),
                   goals=["统购环保包装袋40万个，降低合作社包装成本。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", note="15 + 15 + 15 = 45 ≠ 50"),
         "数量指标", "统购环保包装袋", "≥40万个", 15),
        (None, None, "质量指标", "包装袋抽检合格率", "≥98%", 15),
        (None, None, "成本指标", "每个包装袋统购价", "≤0.6元", 15),
        ("效益指标", mk(30, "W103", "error", note="15 + 10 + 10 = 35 ≠ 30"),
         "经济效益指标", "合作社包装成本下降率", "≥15%", 15),
        (None, None, "社会效益指标", "使用统一包装合作社", "≥18家", 10),
        (None, None, "生态效益指标", "可降解包装使用比例", "≥60%", 10),
        ("满意度指标", 20, "服务对象满意度指标", "合作社满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
               "计量单位")  # fmt: skip
DRY, TEST = ("416203250001", "笋干烘干补助"), ("416203250002", "笋干质量提升")


@variant("cp18-system-export", (11, 12, 1), "budget-system export, NAT-2021: sheets 05-1 and "
         "05-2 with codes in the first columns and the header on the third row, two projects, "
         "a 下降率 with ≥, 0起 on accidents, typed percents (correct)")  # fmt: skip
def cp18() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (16, 20, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("部门：荪坞县农业农村局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(*DRY, w(60), w(50), w(10))
    s.row(*TEST, w(40), w(40), w(0))
    s.row("合计", None, w(100), w(90), w(10))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 16, 12, 16, 26, 10, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("部门：荪坞县农业农村局", None, None, None, None, None, "填报日期：",
          day(YEAR - 1, 12, 2, CN_DATE))  # fmt: skip
    t.row(*EXPORT_HEAD)
    t.table([
        (*DRY, "成本指标", "经济成本指标", "每台烘干设备补助", "≤", 4, "万元"),
        (*DRY, "产出指标", "数量指标", "补助烘干设备", "≥", 15, "台"),
        (*DRY, "产出指标", "质量指标", "设备验收合格率", "=", pct(1), "%"),
        (*DRY, "效益指标", "社会效益指标", "笋干加工安全事故", "=", 0, "起"),
        (*DRY, "满意度指标", "服务对象满意度指标", "受补助合作社满意度", "≥", pct(0.9), "%"),
        (*TEST, "成本指标", "经济成本指标", "每批次检测费", "≤", 0.3, "万元"),
        (*TEST, "产出指标", "数量指标", "笋干抽检批次", "≥", 80, "批次"),
        (*TEST, "产出指标", "时效指标", "检测报告出具时间", "≤", 5, "个工作日"),
        (*TEST, "效益指标", "社会效益指标", "含硫超标批次下降率", "≥", pct(0.2), "%"),
        (*TEST, "效益指标", "社会效益指标", "笋干抽检合格率", "≥", pct(0.97), "%"),
        (*TEST, "满意度指标", "服务对象满意度指标", "合作社满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    t.row("制表：", "钟岚笛")
    return b
