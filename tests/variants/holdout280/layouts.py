"""Returns sd07–sd12 in other layouts: a table on a second sheet, stacked projects, template
rows left empty, a budget-system export, a three-year project with a two-row header."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout280.common import (
    YEAR,
    book,
    cash,
    funds,
    indicators,
    note,
    period_funds,
)
from tests.variants.holdout280.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("sd07-organ-second-sheet", (7,),
         "project: head on a first sheet 基本信息, the indicator table on a second sheet under "
         "header 预期实现值, NAT-2021, 万元 in the number format (correct)")  # fmt: skip
def sd07() -> Book:
    b, s = book("基本信息")
    project_head(s, year=YEAR, name="遗体和人体器官捐献登记服务与缅怀纪念项目",
                 dept="澄岭县红十字会 603001", unit="澄岭县红十字会",
                 money=funds(money(25, WAN), money(25, WAN), money(0, WAN)),
                 goals=["做好捐献登记、见证和缅怀纪念工作，弘扬人道博爱奉献精神。"])  # fmt: skip
    note(s, "绩效指标见“绩效指标”工作表。")
    t = b.sheet("绩效指标", (16, 20, 32, 18))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "新增器官捐献志愿登记人数", "≥600人"),
        (None, None, "举办缅怀纪念活动场次", "≥1场"),
        (None, "质量指标", "捐献登记信息准确率", "≥98%"),
        (None, "时效指标", "捐献见证人员到场时限", "≤24小时"),
        ("成本指标", "经济成本指标", "缅怀纪念活动经费", "≤5万元"),
        ("效益指标", "社会效益指标", "公众器官捐献知晓率", "≥60%"),
        (None, "可持续影响指标", "捐献登记服务站点开放率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "捐献者家属满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sd08-relief-stacked", (2,),
         "two charity projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator name with different values in the two projects (correct)")  # fmt: skip
def sd08() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="困难群众临时救助慈善项目", dept="栖岸区民政局 412003",
                 unit="栖岸区慈善总会", money=funds(50, 20, 30),
                 goals=["对遭遇突发困难的家庭给予临时慈善救助，缓解基本生活困难。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "救助困难群众户数", "≥400户"),
        (None, "质量指标", "救助资金发放准确率", "≥98%"),
        (None, "时效指标", "救助申请办结时限", "≤10个工作日"),
        (None, "成本指标", "户均救助金额", "≤1000元/户"),
        ("效益指标", "社会效益指标", "受助家庭临时困难缓解率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受助群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="困难学生助学圆梦慈善项目",
                 dept="栖岸区民政局 412003", unit="栖岸区慈善总会", money=funds(30, 0, 30),
                 goals=["资助家庭困难学生完成学业，减轻家庭教育支出负担。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "资助困难学生人数", "≥100人"),
        (None, "质量指标", "资助对象认定准确率", "≥98%"),
        (None, "时效指标", "救助申请办结时限", "≤15个工作日"),
        (None, "成本指标", "人均资助标准", "≤3000元/人"),
        ("效益指标", "社会效益指标", "受助学生完成学年学业比例", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受助群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("sd09-rescue-stacked", (2, 12),
         "two Red Cross projects stacked, OLD-NAT, one value column: the second project's "
         "资金总额 is not 财政拨款 + 其他资金, and one of its rates is a head count")  # fmt: skip
def sd09() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="应急救护培训基地运维项目", dept="霁川市红十字会 518002",
                 unit="霁川市红十字会", money=funds(40, 30, 10),
                 goals=["保障应急救护培训基地正常运行，按计划开班培训。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "基地年度开班期数", "≥40期"),
        (None, "质量指标", "培训模拟人等设备完好率", "≥95%"),
        (None, "时效指标", "设备故障维修时限", "≤5个工作日"),
        (None, "成本指标", "单期培训运行成本", "≤0.8万元/期"),
        ("效益指标", "社会效益指标", "参训学员取证率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(cash(80), "B101", "error", row=True, note="财政拨款 50 + 其他资金 20 = 70")
    project_head(s, year=YEAR, title="", name="红十字救援队能力建设项目",
                 dept="霁川市红十字会 518002", unit="霁川市红十字会",
                 money=funds(total, 50, 20),
                 goals=["开展救援队实战演练和队员培训，更新救援装备。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "救援队开展实战演练次数", "≥6次"),
        (None, None, "救援队员持证率",
         mk("45人", "T105", "error", note="a 持证率 given as a head count")),
        (None, "质量指标", "救援装备检测合格率", "=100%"),
        (None, "时效指标", "接到调令后集结时限", "≤2小时"),
        (None, "成本指标", "队员人均培训装备费用", "≤0.6万元/人"),
        ("效益指标", "社会效益指标", "救援任务完成率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sd10-stemcell-template", (6, 13),
         "project, NAT-2021, header 预期目标; two tier-2 labels left from the template without "
         "indicators, a value without a name")  # fmt: skip
def sd10() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="造血干细胞捐献者资料库分库运行项目",
                 dept="霁川市红十字会 518002", unit="霁川市造血干细胞捐献者资料分库",
                 money=funds(45, 40, 5),
                 goals=["做好志愿者招募、血样采集和分型检测，保障分库正常运行。"])  # fmt: skip
    empty = "a tier-2 row of the template with no indicator and no value"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "新增入库志愿者人数", "≥1500人"),
        (None, None, "完成HLA高分辨分型检测份数", "≥1500份"),
        (None, "质量指标", "血样检测合格率", "≥98%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥95%"),
        (None, "时效指标", "血样送检时限", "≤48小时"),
        ("成本指标", "经济成本指标", "单份血样分型检测费用", "≤200元/份"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note=empty), None, None),
        ("效益指标", "社会效益指标", "造血干细胞捐献知识知晓率", "≥60%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=empty), None, None),
        (None, "可持续影响指标", "入库志愿者联系信息有效率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "入库志愿者满意度", "≥90%"),
    ])  # fmt: skip
    return b


def export_budget(s: Sheet) -> None:
    """The export's budget sheet: title, unit line, header on the third row, one project."""
    s.title("部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("318001", "霁川市慈善总会", "35070025X0001", "慈善救助专项", cash(150), cash(120),
          cash(30))  # fmt: skip


@variant("sd11-relief-export", (7, 4),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header "
         "on the third row, unit and project codes in the first columns, operators in words, "
         "a 说明 row and a print date under the table (correct)")  # fmt: skip
def sd11() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 18, 18, 20, 12, 12, 12))
    export_budget(s)
    t = b.sheet("部门项目支出绩效目标05-2", (10, 16, 16, 12, 16, 30, 12, 10, 12))
    t.title("部门项目支出绩效目标表", 9)
    t.row(f"单位：霁川市慈善总会    预算年度：{YEAR}")
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "指标值", "度量单位")  # fmt: skip
    code = ("318001", "35070025X0001", "慈善救助专项")
    for line in (
        ("产出指标", "数量指标", "救助困难群众人次", "大于等于", 1500, "人次"),
        ("产出指标", "数量指标", "重特大疾病慈善救助人数", "大于等于", 200, "人"),
        ("产出指标", "质量指标", "救助对象认定准确率", "大于等于", 98, "%"),
        ("产出指标", "时效指标", "救助资金拨付时限", "小于等于", 20, "工作日"),
        ("成本指标", "经济成本指标", "重特大疾病人均救助金额", "小于等于", 5000, "元/人"),
        ("效益指标", "社会效益指标", "救助对象返贫致贫发生率", "小于等于", 3, "%"),
        ("效益指标", "可持续影响指标", "慈善救助信息平台乡镇覆盖率", "等于", 100, "%"),
        ("满意度指标", "服务对象满意度指标", "受助对象满意度", "大于等于", 90, "%"),
    ):  # fmt: skip
        t.row(*code, *line)
    note(t, "说明：本表由预算管理一体化系统导出，指标值以系统审核数为准。", 9)
    t.row("打印时间：", day(YEAR - 1, 12, 18))
    return b


@variant("sd12-boai-three-year", (8,),
         "three-year project, OLD-NAT, two-row header (指标值 over 中期 and 年度), "
         "annual counts below the period counts, rates and unit costs equal (correct)")  # fmt: skip
def sd12() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="博爱家园社区建设三年计划",
                 dept="栖岸区红十字会 412007", unit="栖岸区红十字会",
                 money=period_funds((300, 240, 60), (100, 80, 20)),
                 goals=["三年内在辖区分批建成博爱家园社区，形成社区防灾救护服务网络。",
                        "建成首批博爱家园社区，开展居民应急救护普及培训。"])  # fmt: skip
    indicators(s, (*HEAD, None), [
        ("产出指标", "数量指标", "建成博爱家园社区数", "≥9个", "≥3个"),
        (None, None, "社区居民应急救护普及培训人次", "≥9000人次", "≥3000人次"),
        (None, "质量指标", "博爱家园建设验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "单个社区建设补助", "≤30万元/个", "≤30万元/个"),
        ("效益指标", "社会效益指标", "社区居民防灾避险知识知晓率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "社区博爱志愿服务制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "≥90%"),
    ], second=(None, None, None, f"中期（{YEAR}—{YEAR + 2}年）", f"年度（{YEAR}年）"))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 9, start_column=4, end_row=s.r - 9, end_column=5)
    return b
