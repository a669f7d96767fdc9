"""Per-person subsidy projects of civil affairs and disabled persons' federations: standards in
元/人·月 against the people covered and the money, 应保尽保 and 按时足额 values, care beds."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout28.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

FIXED = "a subsidy standard is a fixed amount: no operator or = is how it is written"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")


@variant("il01-elderly-allowance-ok", (1, 12), "project, NAT-2021, values with operators inside")
def il01() -> Book:
    """高龄津贴: 100 × 3 260 × 12 + 200 × 540 × 12 = 391.2 + 129.6 = 520.8 万元 of 528."""
    b = Book()
    s = b.sheet("高龄津贴", (14, 16, 32, 16, 12, 20))
    project_head(s, year=2025, name="2025年高龄老人津贴发放", dept="杉溪县民政局（412）",
                 unit="杉溪县民政局", money=[("年度资金总额", money(528, WAN), "其中：财政拨款",
                 money(528, WAN)), ("其他资金", money(0, WAN), None, None)],
                 goals=["为全县80周岁以上户籍老年人按月发放高龄津贴，80-89周岁每人每月100元，"
                        "90周岁以上每人每月200元，确保应保尽保、按时足额发放。"])  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("成本指标", "经济成本指标", "80-89周岁高龄津贴标准", ok("100元/人·月", note=FIXED),
         "元/人·月", "县定"),
        (None, None, "90周岁以上高龄津贴标准", ok("200元/人·月", note=FIXED), "元/人·月", "县定"),
        ("产出指标", "数量指标", "80-89周岁津贴发放人数", "≥3260人", "人", "按2024年底名册"),
        (None, None, "90周岁以上津贴发放人数", "≥540人", "人", None),
        (None, "质量指标", "符合条件老年人覆盖率", "=100%", "%", "应保尽保"),
        (None, None, "津贴发放准确率", "≥99%", "%", None),
        (None, "时效指标", "津贴发放时间", "每月15日前", None, "按月社会化发放"),
        ("效益指标", "社会效益指标", "高龄老人基本生活保障水平", "有效提升", None, None),
        (None, "可持续影响指标", "高龄津贴动态管理机制", "长期有效", None, None),
        ("满意度指标", "服务对象满意度指标", "高龄老人及家属满意度", "≥95%", "%", None),
    ], merged=(1, 2))  # fmt: skip
    s.row("填表人：周岚", None, "联系电话：0736-5218841", None, "填报日期：2024年11月18日")
    return b


@variant("il02-disability-subsidies-short", (1, 11, 12), "project, OLD-NAT, operator column")
def il02() -> Book:
    """残疾人两项补贴: the 护理补贴 standard × people × 12 exceeds the money; a rate as a bare
    number without %; a 反向 rate with ≥."""
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 14, 12))
    project_head(s, year=2025, name="困难残疾人生活补贴和重度残疾人护理补贴",
                 dept="栗川区残疾人联合会", unit="栗川区残疾人联合会",
                 money=[("年度资金总额", 420.0, "其中：财政拨款", 420.0),
                        ("其他资金", 0.0, None, None)],
                 goals=["落实困难残疾人生活补贴（每人每月80元）和重度残疾人护理补贴，"
                        "做到应补尽补、按月足额发放。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "困难残疾人生活补贴发放人数", "≥", 2150, "人"),
        (None, None, "重度残疾人护理补贴发放人数", "≥", 3900, "人"),
        (None, "质量指标", mk("补贴资金发放准确率", "T105", "error", row=True, alt=("T104", "T112"),
                              note="a rate given as 100 人"), "=", 100, "人"),
        (None, "时效指标", "补贴发放及时率", "≥", pct(0.98), "%"),
        (None, "成本指标", "困难残疾人生活补贴标准", "=", ok(80, note=FIXED), "元/人·月"),
        (None, None, "重度残疾人护理补贴标准", "=",
         mk(ok(100, note=FIXED), "B107", "warning", row=True,
            note="100 元 × 3 900 人 × 12 月 = 468 万元 > 年度资金 420 万元"), "元/人·月"),
        ("效益指标", "社会效益指标", "残疾人补贴需求保障率", "≥", pct(0.95), "%"),
        (None, None, mk("补贴政策投诉率", "T108", "warning", row=True), "≥", pct(0.02), "%"),
        ("满意度指标", "服务对象满意度指标", "受助残疾人满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("il03-extreme-poverty-ok", (1, 4, 12), "project, OLD-NAT, column B, separate columns")
def il03() -> Book:
    """特困人员救助供养, the table in column B after an empty column, 比较符 / 计量单位 / 指标方向
    columns, percent cells as 0.95 under 0%, a 注 block and signature lines.
    集中 460 × 1 050 × 12 = 579.6 万; 分散 1 320 × 760 × 12 = 1 203.84 万; 照料 180 万: 1 963.44
    of 1 980 万元."""
    b = Book()
    s = b.sheet("特困供养", (3, 14, 16, 30, 8, 12, 10, 10))
    s.row(None, "2025年度项目支出绩效目标表", merge=[(2, 8)])
    s.row(None, "项目名称", "特困人员救助供养", None, "主管部门", "碧潭县民政局", None, None,
          merge=[(3, 4), (6, 8)])  # fmt: skip
    s.row(None, "项目资金（万元）", "年度资金总额", money(1980, '#,##0.00'), "其中：中央补助",
          money(1260, '#,##0.00'), "县级资金", money(720, '#,##0.00'))  # fmt: skip
    s.row(None, "年度绩效目标", "保障全县特困人员基本生活，集中供养标准每人每月1050元，分散供养"
          "每人每月760元，落实照料护理补贴，做到应养尽养。", merge=[(3, 8)])  # fmt: skip
    s.row(None, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向")
    s.table([
        ("产出指标", "数量指标", "集中供养特困人员数", "≥", 460, "人", "正向"),
        (None, None, "分散供养特困人员数", "≥", 1320, "人", "正向"),
        (None, "质量指标", "失能特困人员集中供养率", "≥", pct(0.6), "%", "正向"),
        (None, None, "供养服务机构消防安全检查合格率", "=", pct(1), "%", "正向"),
        (None, "时效指标", "供养金按月发放及时率", "=", pct(1), "%", "正向"),
        (None, "成本指标", "集中供养基本生活标准", "≤", 1050, "元/人·月", "反向"),
        (None, None, "分散供养基本生活标准", "≤", 760, "元/人·月", "反向"),
        ("效益指标", "社会效益指标", "特困人员基本生活", "定性", "有效保障", None, "正向"),
        (None, "可持续影响指标", "特困人员动态管理", "定性", "持续规范", None, "正向"),
        ("满意度指标", "服务对象满意度指标", "特困供养对象满意度", "≥", pct(0.92, "0.0%"), "%",
         "正向"),
    ], merged=(1, 2), col=2)  # fmt: skip
    s.row(None, "注：1.中央补助按省财政厅提前下达数填列；2.照料护理补贴180万元含在年度资金内。",
          merge=[(2, 8)])  # fmt: skip
    s.row(None, "填表人：", "龙芸", "审核人：", "唐德钧", "联系电话：", "0745-6612094")
    return b


@variant("il05-nursing-beds-wrong", (1, 8), "two-year project, NAT-2021, 中期 and 年度 columns")
def il05() -> Book:
    """养老服务中心 beds: 护理型床位占比 given as a number of beds, an 入住率 over 100 %, the
    cumulative counts of the 中期 column copied into 年度."""
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 30, 18, 18, 14))
    project_head(s, year=2025, years=2, name="县社会福利中心护理楼改造及运营", dept="枫桥县民政局",
                 unit="枫桥县社会福利中心", attr="新增项目",
                 money=[("中期资金总额", 1400.0, "年度资金总额", 760.0),
                        ("其中：财政拨款", 1400.0, "其中：财政拨款", 760.0)],
                 goals=["2025—2026年改造护理楼两栋，新增护理型床位200张，提升失能老人照护能力。",
                        "2025年完成一号护理楼改造，新增护理型床位100张并投入运营。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "新增护理型床位数", "≥200张",
         mk("≥200张", "D202", "warning", alt=("D104",), note="period total copied"), None),
        (None, None, "改造护理楼栋数", "2栋", mk("2栋", "D202", "warning"), None),
        (None, "质量指标", "护理型床位占比",
         mk("≥165张", "T105", "error"), mk("≥140张", "T105", "error"), "总床位300张"),
        (None, None, "改造工程验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "一号楼改造完成时间", "2025年10月底前", "2025年10月底前", None),
        ("成本指标", "经济成本指标", "护理楼改造单位造价", "≤2800元/平方米", "≤2800元/平方米",
         None),
        ("效益指标", "社会效益指标", "床位入住率", "≥85%",
         mk("≥105%", "T106", "error", alt=("D201",)), None),
        (None, "可持续影响指标", "失能老人照护服务能力", "持续提升", "逐步提升", None),
        ("满意度指标", "服务对象满意度指标", "入住老人及家属满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("il06-bed-subsidy-ok", (1, 8, 12), "two-year project, NAT-2021, 中期 and 年度 columns")
def il06() -> Book:
    """民办养老机构床位运营补贴 over two years, annual below period, percent cells under 0%.
    Annual: 1 150 beds × 150 元/张·月 × 12 = 207 万 of 216 万元."""
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 16, 16))
    project_head(s, year=2025, years=2, name="民办养老机构运营补贴", dept="鹤鸣市民政局",
                 unit="鹤鸣市养老服务指导中心",
                 money=[("中期资金总额", 450.0, "年度资金总额", 216.0),
                        ("其中：财政拨款", 450.0, "其中：财政拨款", 216.0)],
                 goals=["2025—2026年对符合条件的民办养老机构按实际入住床位给予运营补贴，"
                        "引导机构提高护理型床位比例。",
                        "2025年补贴民办养老机构14家、入住床位1150张，"
                        "护理型床位占比达到60%。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "指标值依据")
    s.table([
        ("产出指标", "数量指标", "享受运营补贴的养老机构数", "≥15家", "≥14家", "计划标准"),
        (None, None, "补贴入住床位数", "≥2400张", "≥1150张", "计划标准"),
        (None, "质量指标", "护理型床位占比", pct(0.62), pct(0.6), "省定标准"),
        (None, None, "养老机构等级评定达标率", pct(0.9), pct(0.85), "行业标准"),
        (None, "时效指标", "补贴资金拨付时限", "≤30个工作日", "≤30个工作日", "每季度"),
        ("成本指标", "经济成本指标", "床位运营补贴标准", "≤150元/张·月", "≤150元/张·月",
         "市定标准"),
        ("效益指标", "社会效益指标", "养老机构服务质量", "有效提升", "逐步提升", None),
        (None, "可持续影响指标", "民办养老机构持续运营能力", "增强", "增强", None),
        ("满意度指标", "服务对象满意度指标", "入住老人满意度", pct(0.92), pct(0.9), "历史标准"),
    ], merged=(1, 2))  # fmt: skip
    return b
