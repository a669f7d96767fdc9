"""Department and system returns of the 492nd held-out set: the health bureau's and the civil
affairs bureau's whole budgets, a budget-system export, a scored project (ah13–ah18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout492.common import (
    YEAR,
    first_sheet,
    indicators,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout492.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

WEIGHT_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


def total_line(s: Sheet, label: str, points: int) -> None:
    """A subtotal or total row of a weighted table, merged over the text columns."""
    s.row(label, None, None, None, points, merge=[(1, 4)])


@variant("ah13-department-money", (12,),
         "department, NAT-2021: budget with a share row, key tasks adding to a 金额合计 equal to "
         "项目支出, a note explaining that total (correct)")  # fmt: skip
def ah13() -> Book:
    b, s = first_sheet()
    department_head(
        s, year=YEAR, dept="岑峪县卫生健康局", budget=[
            (wan(1250), wan(1000), wan(250), wan(375), wan(875)),
            (pct(1), pct(0.8), pct(0.2), pct(0.3), pct(0.7)),
        ], tasks=[
            ("尘肺病主动筛查", "原井下作业人员胸片和肺功能筛查", wan(300), "筛查6000人"),
            ("尘肺病患者救治救助", "氧疗、药物治疗和住院费用补助", wan(425), "救治救助1700人"),
            ("尘肺病康复站运行", "6个乡镇康复站设备维护和人员培训", wan(150), "6个站点正常运行"),
            ("金额合计", None, wan(875), None),
        ], goal="完成原矿工尘肺病筛查，确诊患者应治尽治，康复站覆盖主要产煤乡镇。",
    )  # fmt: skip
    notes(s, "注：金额合计为项目支出875万元，不含基本支出375万元。")
    rows = [
        ("成本指标", "经济成本指标", "人均筛查费用", "≤150元/人"),
        ("产出指标", "数量指标", "尘肺病筛查人数", "≥6000人"),
        (None, None, "救治救助患者人数", "≥1700人"),
        (None, "质量指标", "康复站设备完好率", "≥95%"),
        (None, "时效指标", "筛查结果告知及时率", "≥95%"),
        ("效益指标", "社会效益指标", "确诊患者规范治疗率", "≥90%"),
        (None, "可持续影响指标", "正常运行的康复站", "≥6个"),
        ("满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥90%"),
    ]
    indicators(s, rows, header=("一级指标", "二级指标", "三级指标", "年度指标值"))
    signature(s, "卢清越", "0739-5561277")
    return b


@variant("ah14-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share not matching its amount, "
         "a follow-up rate given as a count")  # fmt: skip
def ah14() -> Book:
    b, s = first_sheet()
    department_head(
        s, year=YEAR, dept="石棠区卫生健康局", budget=[
            (mk(wan(960), "B101", "error", note="300 + 640 = 940 ≠ 960"), wan(800), wan(160),
             wan(300), wan(640)),
            (pct(1), mk(pct(0.8), "B111", "error", note="800 ÷ 960 = 83.33%, not 80%"),
             pct(0.1667, "0.00%"), pct(0.3125, "0.00%"), pct(0.6667, "0.00%")),
        ], tasks=[
            ("退役矿工尘肺病筛查", "胸片筛查和健康档案", wan(200), "筛查5200人"),
            ("尘肺病患者随访管理", "家庭医生上门随访", wan(260), "随访管理1200人"),
            ("尘肺病康复站建设", "新建康复站2个", wan(180), "康复站投入使用"),
            ("金额合计", None, wan(640), None),
        ], goal="做好退役矿工尘肺病筛查和患者随访，建成2个康复站。",
    )  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "康复站单站建设成本", "≤90万元/个"),
        ("产出指标", "数量指标", "退役矿工筛查人数", "≥5200人"),
        (None, None, "新建康复站", "2个"),
        (None, "质量指标", "尘肺病患者随访管理率",
         mk("≥1200人", "T105", "error", note="a rate given as a count")),
        ("效益指标", "社会效益指标", "患者急性加重住院人次", "较上年减少"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    signature(s, "卢清越", "0739-6628433")
    return b


@variant("ah15-department-notes", (4,),
         "department, NAT-2021, weight column: a 说明 row inside the table, subtotal rows, the "
         "header repeated after a page break, a total row, 填表说明 and signature lines with a "
         "date in the previous year (correct)")  # fmt: skip
def ah15() -> Book:
    b, s = first_sheet()
    department_head(
        s, year=YEAR, dept="柘岭市职业病防治院", budget=[(wan(780), wan(700), wan(80),
        wan(330), wan(450))], goal="开展尘肺病筛查、诊断和康复指导，服务全市原矿山从业人员。",
    )  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "人均诊断费用", "≤400元/人", 10),
        ("产出指标", "数量指标", "尘肺病诊断人数", "≥1500人", 15),
        (None, None, "康复指导人次", "≥4000人次", 10),
        (None, "质量指标", "诊断报告合格率", "≥98%", 10),
        (None, "时效指标", "诊断结论出具时限", "≤30个工作日", 5),
    ], header=WEIGHT_HEAD)  # fmt: skip
    s.row("说明：诊断人数含市外转诊的原矿山从业人员。", merge=[(1, 5)])
    total_line(s, "小计", 50)
    s.skip(2)  # page break
    indicators(s, [
        ("效益指标", "社会效益指标", "确诊患者纳入救助比例", "≥95%", 15),
        (None, None, "晚期患者住院死亡人数", "较上年下降", 10),
        (None, "可持续影响指标", "诊断信息上报国家平台率", "=100%", 15),
        ("满意度指标", "服务对象满意度指标", "就诊患者满意度", "≥90%", 10),
    ], header=WEIGHT_HEAD)  # fmt: skip
    total_line(s, "小计", 50)
    total_line(s, "合计", 100)
    notes(s, "填表说明：1.权重合计100分；2.小计行不计入指标条数。", width=5)
    s.row("单位负责人：", "闵景行", "审核人：", "祁若岚")
    signature(s, "柴星宇", "0731-8879011", day(YEAR - 1, 12, 2))
    return b


@variant("ah16-department-template-rows", (6, 13),
         "department, NAT-2021, header 绩效目标值: a tier-2 left from the template with no "
         "indicator, a value without a name")  # fmt: skip
def ah16() -> Book:
    b, s = first_sheet()
    department_head(
        s, year=YEAR, dept="岑峪县民政局", budget=[(wan(520), wan(500), wan(20), wan(140),
        wan(380))], goal="保障尘肺病患者家庭基本生活，救助资金及时足额发放。",
    )  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "户均生活救助金额", "≤3600元/户"),
        ("产出指标", "数量指标", "生活救助户数", "≥900户"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"),
         "≥300人次"),
        (None, "质量指标", "救助对象认定准确率", "≥98%"),
        ("效益指标", "社会效益指标", "救助家庭基本生活保障率", "≥95%"),
        (None, mk("经济效益指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("满意度指标", "服务对象满意度指标", "救助家庭满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, header=("一级指标", "二级指标", "三级指标", "绩效目标值"))
    signature(s, "韦嘉禾", "0739-5570263")
    return b


@variant("ah17-system-export", (7, 12),
         "budget-system export: a money sheet 部门项目支出预算05-1 and the indicator sheet "
         "部门项目支出绩效目标05-2 with codes in the first columns, the header on the third row, "
         "tiers repeated, 指标方向 as direction (correct)")  # fmt: skip
def ah17() -> Book:
    b, s = first_sheet("部门项目支出预算05-1", (14, 30, 14, 14, 14))
    s.title(f"{YEAR}年度部门项目支出预算表", 5)
    s.row("单位：柘岭市医疗保障局", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("43010525A0012", "尘肺病患者门诊特殊病种保障", 360, 330, 30)
    s.row("43010525A0013", "尘肺病患者住院费用二次救助", 240, 240, 0)
    s.row("合计", None, 600, 570, 30)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 14, 26, 10, 12, 10))
    t.title(f"{YEAR}年度部门项目支出绩效目标表", 8)
    t.row("单位：柘岭市医疗保障局")
    code_a, name_a = "43010525A0012", "尘肺病患者门诊特殊病种保障"
    code_b, name_b = "43010525A0013", "尘肺病患者住院费用二次救助"
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
          "计量单位")  # fmt: skip
    for line in [
        (code_a, name_a, "产出指标", "数量指标", "门诊特殊病种待遇人数", "正向", "≥2400", "人"),
        (code_a, name_a, "产出指标", "成本指标", "人均门诊特殊病种支付", "反向", "≤1500", "元/人"),
        (code_a, name_a, "效益指标", "社会效益指标", "门诊费用报销比例", "正向", "≥70", "%"),
        (code_a, name_a, "满意度指标", "服务对象满意度指标", "参保患者满意度", "正向", "≥90", "%"),
        (code_b, name_b, "产出指标", "数量指标", "二次救助人次", "正向", "≥800", "人次"),
        (code_b, name_b, "产出指标", "成本指标", "次均二次救助金额", "反向", "≤3000", "元/人次"),
        (code_b, name_b, "产出指标", "时效指标", "救助结算办结时限", "反向", "≤15", "个工作日"),
        (code_b, name_b, "效益指标", "社会效益指标", "大额费用家庭返贫户数", "反向", "≤3", "户"),
        (code_b, name_b, "满意度指标", "服务对象满意度指标", "受助患者满意度", "正向", "≥90", "%"),
    ]:
        t.row(*line)
    return b


@variant("ah18-points-mismatch", (7, 10),
         "project, NAT-2021, headers 指标内容 and 绩效标准, a tier-1 score column and an "
         "indicator score column: one tier's scores not adding up, a satisfaction rate with =, "
         "a rate raised in 百分点")  # fmt: skip
def ah18() -> Book:
    b, s = first_sheet("绩效目标", (14, 8, 16, 30, 18, 8))
    project_head(
        s, year=YEAR, name="柘岭市尘肺病康复站能力提升", dept="柘岭市卫生健康委员会（105001）",
        unit="柘岭市职业病防治院", money=one_year(wan(150), wan(140), wan(10)),
        goals=["为10个康复站配置制氧机和肺功能训练设备，年服务患者12000人次。"],
    )  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="the indicator scores add to 95: W101 names the same slip")  # fmt: skip
    rows = [
        ("成本指标", 10, "经济成本指标", "单站设备配置成本", "≤12万元/个", 10),
        ("产出指标", mk(50, "W103", "error", note="15 + 15 + 10 + 5 = 45 ≠ 50"),
         "数量指标", "配置设备的康复站", "≥10个", 15),
        (None, None, None, "康复服务人次", "≥12000人次", 15),
        (None, None, "质量指标", "设备验收合格率", "=100%", 10),
        (None, None, "时效指标", "设备安装完成时间", "2025年9月30日前", 5),
        ("效益指标", 30, "社会效益指标", "患者肺康复训练参与率", "较上年提高≥5百分点", 15),
        (None, None, "可持续影响指标", "康复站设备维护制度", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "康复患者满意度",
         mk("=95%", "T107", "warning", note="=95% on a satisfaction rate means ≥95%"), 10),
    ]  # fmt: skip
    indicators(s, rows, header=("一级指标", "分值", "二级指标", "指标内容", "绩效标准", "分值"),
               merged=(1, 2, 3))  # fmt: skip
    return b
