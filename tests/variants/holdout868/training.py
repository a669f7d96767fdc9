"""Fishermen transfer training (渔民转产转业培训): kgt13–kgt18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout868.common import book, funds, indicators, note, signature
from tests.variants.holdout868.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok

PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("kgt13-training-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator points column "
         "(100 both ways), a rate raised in 百分点, the goal's count with a part in brackets "
         "(correct)")  # fmt: skip
def training_points() -> Book:
    b, s = book()
    project_head(s, year=2025, name="沿海渔民转产转业技能培训", dept="潮湾区农业农村局 204",
                 unit="潮湾区渔民培训中心", money=funds((160, 150, 10)),
                 goals=["培训沿海转产转业渔民600人（其中减船退捕渔民380人），开办培训班12期，"
                        "参训渔民转产就业率较上年提高5个百分点。"])  # fmt: skip
    indicators(s, PTS, [
        ("一、产出指标（40分）", "1.数量指标", "转产转业培训渔民人数", "≥600人", 10),
        (None, None, "培训班期数", "≥12期", 5),
        (None, "2.质量指标", "培训考核合格率", "≥90%", 10),
        (None, None, "职业技能证书获取率", "≥70%", 10),
        (None, "3.时效指标", "培训任务完成时间", "2025年11月30日前", 5),
        ("二、成本指标（20分）", "1.经济成本指标", "人均培训成本", "≤2500元/人", 20),
        ("三、效益指标（30分）", "1.经济效益指标", "参训渔民转产就业率较上年提高", "≥5百分点", 10),
        (None, None, "转产渔民人均月收入", "≥4500元", 10),
        (None, "2.可持续影响指标", "渔民转产转业培训长效机制", "建立并执行", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "参训渔民满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    signature(s, "潘晓渔", "0593-7738261", day(2024, 12, 12))
    return b


@variant("kgt14-training-points-wrong", (10,),
         "project, OLD-NAT, tier-1 score column and indicator score column: 产出 declared 50 "
         "with indicators adding to 45, the goal's trainee count against the indicator, a "
         "satisfaction rate under 社会效益")  # fmt: skip
def training_points_wrong() -> Book:
    b, s = book(widths=(16, 8, 16, 30, 16, 8))
    goal = ok("全年培训转产转业渔民800人次，开办养殖、船舶维修、海上旅游服务等培训班16期。",
              "warning", note="the D104 finding may land here")  # fmt: skip
    project_head(s, year=2025, name="减船转产渔民职业技能培训", dept="蓝汐市海洋与渔业局 402",
                 unit="蓝汐市渔业职业技术学校", money=funds((200, 180, 20)),
                 goals=[goal])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", mk(50, "W103", "error", alt=("W101",),
                     note="产出 declared 50, indicators under it 15 + 10 + 10 + 5 + 5 = 45"),
         "数量指标", "培训渔民人次",
         mk("≥500人次", "D104", "warning", row=True,
            note="年度目标写培训800人次，指标只写500人次"), 15),
        (None, None, None, "培训班期数", "≥16期", 10),
        (None, None, "质量指标", "培训考核合格率", "≥90%", 10),
        (None, None, "时效指标", "培训完成时间", "2025年12月20日前", 5),
        (None, None, "成本指标", "人均培训成本", "≤2200元/人次", 5),
        ("效益指标", 40, "经济效益指标", "参训渔民转产就业率", "≥60%", 20),
        (None, None, "社会效益指标", mk("渔民家属满意度", "F201", "warning", row=True,
                                   note="a satisfaction rate under 社会效益"), "≥90%", 20),
        ("满意度指标", 10, "服务对象满意度指标", "参训渔民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "戴远帆", "0596-3354907", day(2025, 1, 10))
    return b


@variant("kgt15-training-system-export", (4, 7, 12),
         "budget-system export: 05-1 budget sheet and 05-2 indicator sheet with codes in "
         "the first columns, header on the third row, operators in words, a unit column "
         "(correct)")  # fmt: skip
def training_system_export() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 22, 18, 30, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("402017", "蓝汐市渔民转产服务中心", "35090226P0031", "渔民转产转业就业培训",
          money(210, "0.00"), money(180, "0.00"), money(30, "0.00"))  # fmt: skip
    s.row("合计", None, None, None, money(210, "0.00"), money(180, "0.00"), money(30, "0.00"))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 14, 28, 10, 10, 10))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位：蓝汐市渔民转产服务中心（402017）")
    rows = [
        ("产出指标", "数量指标", "转产转业培训人数", "大于等于", 700, "人"),
        (None, None, "培训班期数", "大于等于", 14, "期"),
        (None, "质量指标", "培训考核合格率", "大于等于", 90, "%"),
        (None, "时效指标", "培训计划完成率", "等于", 100, "%"),
        (None, "成本指标", "人均培训补助标准", "小于等于", 2800, "元/人"),
        ("效益指标", "经济效益指标", "参训渔民就业率", "大于等于", 60, "%"),
        (None, "社会效益指标", "减船退捕渔民稳定转产人数", "大于等于", 420, "人"),
        ("满意度指标", "服务对象满意度指标", "参训渔民满意度", "大于等于", 90, "%"),
    ]
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    t.table([("35090226P0031", "渔民转产转业就业培训", *r) for r in rows], merged=(3, 4))
    t.skip()
    t.row("导出时间：", day(2025, 12, 3, 'yyyy"年"m"月"d"日"'))
    return b


@variant("kgt16-training-subsidy-cost", (1, 12),
         "project, OLD-NAT, operator (指标方向) and unit columns: 资金总额 not its parts, a "
         "subsidy standard × trainees above the project's money")  # fmt: skip
def training_subsidy_cost() -> Book:
    b, s = book()
    total = mk(money(180, WAN), "B101", "error", note="资金总额180 ≠ 财政拨款150 + 其他资金40")
    project_head(s, year=2025, name="渔民转产转业创业培训补贴",
                 dept="澄屿县人力资源和社会保障局 318",
                 unit="澄屿县就业服务中心", money=funds((total, 150, 40), (180, 140, 40)),
                 goals=["对800名转产转业渔民开展创业和技能培训并发放培训补贴，"
                        "参训渔民创业就业率达到55%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "培训渔民人数", "≥", 800, "人"),
        (None, "质量指标", "培训考核合格率", "≥", 90, "%"),
        (None, "时效指标", "补贴发放完成时间", "≤", day(2025, 12, 15), None),
        (None, "成本指标", "人均培训补贴标准", "≤",
         mk(3000, "B107", "warning", row=True,
            note="3000元 × 800人 = 240万元，超过项目资金180万元"), "元/人"),
        ("效益指标", "经济效益指标", "参训渔民创业就业率", "≥", 55, "%"),
        ("满意度指标", "服务对象满意度指标", "参训渔民满意度", "≥", 90, "%"),
    ])  # fmt: skip
    signature(s, "骆汀", "0593-6271548", day(2025, 1, 3))
    return b


WEIGHTS = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant("kgt17-training-notes-pagebreak", (4,),
         "project, OLD-NAT, weight column: a 注 row inside the table, the header repeated after "
         "a page break, subtotal and total rows, 填表说明, signature and a prior-year fill date "
         "(correct)")  # fmt: skip
def training_notes_pagebreak() -> Book:
    b, s = book()
    project_head(s, year=2025, name="海岛渔民转产转业培训", dept="澄屿县海洋与渔业局 317",
                 unit="澄屿县鲸塘镇人民政府", money=funds((64, 60, 4)),
                 goals=["为鲸塘、鳌礁两个海岛渔村培训转产转业渔民320人，开办休闲渔业、"
                        "水产品加工培训班8期。"])  # fmt: skip
    s.row(*WEIGHTS)
    s.table([
        ("产出指标", "数量指标", "培训渔民人数", "≥320人", 15),
        (None, None, "培训班期数", "≥8期", 10),
        (None, "质量指标", "培训考核合格率", "≥90%", 10),
        (None, "时效指标", "培训完成时间", "2025年10月31日前", 5),
        (None, "成本指标", "人均培训成本", "≤1800元/人", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    note(s, "注：人均培训成本含教材、场地和实操耗材，不含学员交通补助。", 5)
    s.skip()
    s.row(*WEIGHTS)
    s.table([
        ("效益指标", "经济效益指标", "参训渔民转产就业率", "≥55%", 20),
        (None, "社会效益指标", "海岛渔村转产示范户", "≥30户", 10),
        (None, "可持续影响指标", "海岛渔民培训档案", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "参训渔民满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    note(s, "填表说明：1.指标值请写明比较符和计量单位；2.权重合计为100。", 5)
    signature(s, "蓝屿", "0593-6296104", day(2024, 12, 26))
    return b


@variant("kgt18-retraining-two-years", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: cumulative counts copied from "
         "中期 into 年度 against a smaller 年度目标, a period deadline after the project "
         "ends")  # fmt: skip
def retraining_two_years() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="退捕渔民转产转业就业帮扶培训", attr="新增项目",
                 dept="蓝汐市海洋与渔业局 402", unit="蓝汐市渔民转产服务中心",
                 money=funds((400, 360, 40), (200, 180, 20), period="中期资金总额"),
                 goals=["2025—2026年累计培训退捕渔民1000人、开办培训班20期，转产就业率60%以上。",
                        "2025年培训退捕渔民500人、开办培训班10期。"])  # fmt: skip
    copied = "与中期值相同，但年度目标写500人/10期"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "培训退捕渔民人数", "≥1000人",
         mk("≥1000人", "D202", "warning", alt=("D104",), note=copied)),
        (None, None, "培训班期数", "≥20期",
         mk("≥20期", "D202", "warning", alt=("D104",), note=copied)),
        (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "培训完成时间",
         mk(day(2027, 6, 30), "Y102", "error", alt=("Y101",),
            note="项目期2025—2026年，中期完成时间写成2027年6月30日"), day(2025, 12, 20)),
        (None, "成本指标", "人均培训成本", "≤3600元/人",
         ok("≤3600元/人", "warning", note="B107 from the copied 1000人 × 3600元 is tolerated")),
        ("效益指标", "经济效益指标", "参训渔民转产就业率", "≥60%", "≥55%"),
        ("满意度指标", "服务对象满意度指标", "参训渔民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "柯望潮", "0596-3318470", day(2024, 11, 29))
    return b
