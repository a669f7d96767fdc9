"""Ferry safety on rural waterways (渡运安全): vw07–vw12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout377.common import TRANSPORT, YEAR, first, footer, funds, indicators
from tests.variants.holdout377.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
SAFETY = "鹭汀县地方海事处"


@variant("vw07-footnotes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, 注 and "
         "填表说明 lines, signature and a fill date in the prior year (correct)")  # fmt: skip
def footnotes() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="乡村渡口安全员配备补助", dept=TRANSPORT, unit=SAFETY,
                 money=funds(68, 60, 8),
                 goals=["全县47处乡村渡口每处配备1名持证安全员，渡运安全事故零发生。"])  # fmt: skip
    s.row(*ONE)
    s.row("（以下指标据实填写，指标值须含比较符和计量单位）", merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "渡口安全员配备人数", "≥47名"),
        (None, "质量指标", "渡口安全员持证上岗率", "=100%"),
        (None, "时效指标", "安全员到岗时间", "3月31日前"),
        (None, "成本指标", "安全员补助标准", "≤1.2万元/人·年"),
        ("效益指标", "社会效益指标", "渡运安全责任事故", "0起"),
        (None, None, "渡口违章渡运发生率下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "过渡群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "蒙春渚", "0779-6237752",
           "注：安全员补助47人×1.2万元=56.4万元，其余用于救生器材和培训。",
           "填表说明：1.“=100%”为上限值；2.下降率以上年发生率为基数。")  # fmt: skip
    return b


@variant("vw08-notes-defect", (4, 11),
         "project, OLD-NAT, operator and unit columns: a 注 row between tiers, a stamp line; an "
         "事故发生率 with ≥ and a value in 份 under a 万元 unit")  # fmt: skip
def notes_defect() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="汛期渡运安全专项整治", dept=TRANSPORT, unit=SAFETY,
                 money=funds(52, 52, 0),
                 goals=["汛期停渡、限渡措施落实到位，渡运事故发生率控制在0.5%以内。"])  # fmt: skip
    s.row(*OPS)
    s.table([
        ("产出指标", "数量指标", "汛期渡口巡查次数", "≥", 180, "次"),
        (None, None, "安全宣传资料发放",
         mk("5000份", "T112", "error", note="value in 份, unit column 万元"), "万元"),
        (None, "时效指标", "汛情停渡通知时限", "≤", 2, "小时"),
        (None, "成本指标", "单次巡查费用", "≤", 1500, "元/次"),
    ])  # fmt: skip
    s.row("注：汛期指6月1日至9月30日。", merge=[(1, 6)])
    s.table([
        ("效益指标", "社会效益指标", "渡运事故发生率",
         mk("≥", "T108", "warning", row=True, note="a 事故发生率 is 反向 and takes ≤"),
         pct(0.005, "0.0%"), "%"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    s.row("（单位盖章）", None, None, "日期：", day(YEAR - 1, 12, 3))
    return b


@variant("vw09-numbered-labels", (5,),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（45分）, "
         "（一）数量指标, 1.), 成本 first (correct)")  # fmt: skip
def numbered_labels() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="乡村渡口夜航禁航巡查", dept=TRANSPORT, unit=SAFETY,
                 money=funds(36, 36, 0),
                 goals=["落实乡村渡口夜间禁航，全年无夜航渡运事故。"])  # fmt: skip
    indicators(s, ONE, [
        ("一、成本指标（15分）", "（一）经济成本指标", "1.夜巡船燃油费", "≤9万元"),
        ("二、产出指标（45分）", "（一）数量指标", "1.夜间巡查航次", "≥240航次"),
        (None, None, "2.设置禁航警示灯", "≥47处"),
        (None, "（二）质量指标", "1.夜巡记录完整率", "≥95%"),
        (None, "（三）时效指标", "1.违规夜航处置时限", "≤30分钟"),
        ("三、效益指标（30分）", "（一）社会效益指标", "1.夜航渡运事故", "0起"),
        (None, None, "2.违规夜航次数下降率", "≥20%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vw10-template-rows", (5, 6, 13),
         "project, NAT-2021: a 时效指标 under 效益指标, a template tier-2 left empty, a value "
         "without a name")  # fmt: skip
def template_rows() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="渡船救生设备配发", dept=TRANSPORT, unit=SAFETY,
                 money=funds(30, 30, 0), goals=["为全县乡镇渡船配齐救生衣、救生圈。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "救生衣采购单价", "≤200元/件"),
        ("产出指标", "数量指标", "配发救生衣", "≥900件"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥300个"),
        (None, "质量指标", "救生设备抽检合格率", "≥98%"),
        ("效益指标", "社会效益指标", "乘渡人员救生衣穿着率", "≥95%"),
        (None, mk("时效指标", "F105", "error", note="时效 belongs to 产出指标"),
         "配发完成时间", "6月30日前"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="a template tier-2 left without indicator or value"), None, None),
        ("满意度指标", "服务对象满意度指标", "渡船船主满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vw11-export-second-sheet", (5, 7, 12),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under 考核指标 / "
         "目标值（年度） / 评价标准 with codes first, labels with * and ★ (correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (14, 22, 14, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金性质", "合计", "财政拨款", "其他资金")
    s.row("431025250017", "渡口安全监管视频联网", "一般公共预算", money(88, WAN),
          money(80, WAN), money(8, WAN))  # fmt: skip
    s.row("合计", None, None, money(88, WAN), money(80, WAN), money(8, WAN))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 12, 26, 14, 20))
    t.title(f"{YEAR}年部门项目支出绩效目标", 7)
    t.row("单位：鹭汀县地方海事处")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "考核指标", "目标值（年度）",
          "评价标准")  # fmt: skip
    t.table([
        ("431025250017", "渡口安全监管视频联网", "*产出指标", "数量", "★视频监控渡口数",
         "≥30个", "每少1个扣1分"),
        (None, None, None, "质量", "监控画面在线率", pct(0.95), "低于目标不得分"),
        (None, None, None, "时效", "系统联网完成时间", "8月31日前", "逾期不得分"),
        (None, None, None, "成本", "单个渡口监控建设费", "≤2.2万元/个", "超标不得分"),
        (None, None, "*效益指标", "社会效益", "★违规渡运发现及时率", "≥90%", "按比例得分"),
        (None, None, "*满意度指标", "服务对象满意度", "渡口管理人员满意度", "≥90%",
         "按比例得分"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("vw12-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column and indicator scores: two tier scores not "
         "matching, a unit cost rounded to 0")  # fmt: skip
def points_mismatch() -> Book:
    b, s = first("绩效目标", (14, 8, 18, 26, 16, 8))
    project_head(s, year=YEAR, name="渡工水上救生技能培训", dept=TRANSPORT, unit=SAFETY,
                 money=funds(24, 24, 0),
                 goals=["培训全县持证渡工及渡口安全员，提升落水救助能力。"])  # fmt: skip
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("成本指标", 20, "经济成本指标", "人均培训费用",
         mk("≤0万元/人", "T115", "error", note="a unit cost rounded to 0 (about 0.04万元)"),
         20),
        ("产出指标", mk(50, "W103", "error", note="15 + 15 + 15 = 45, not 50"),
         "数量指标", "培训渡工人次", "≥520人次", 15),
        (None, None, "质量指标", "培训考核合格率", "≥95%", 15),
        (None, None, "时效指标", "培训完成时间", "5月31日前", 15),
        ("效益指标", mk(20, "W103", "error", note="15 + 10 = 25, not 20"),
         "社会效益指标", "渡工落水救助演练达标率", "≥90%", 15),
        (None, None, "可持续影响指标", "渡工持证上岗率提高", "≥5百分点", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参训渡工满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
