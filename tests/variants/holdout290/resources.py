"""增殖放流 and 海洋牧场: sn01–sn06 (percent cells, two-level points and 中期/年度, direction
against operator, stacked projects, a flat department list)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout290.common import (
    indicators,
    multi_year,
    note,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout290.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

OPERATOR_TABLE = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
SIMPLE_TABLE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("sn01-fangliu-pct", (1, 5), "project, NAT-2021, 增殖放流: numbered tier labels "
         "(一、产出指标, （一）数量指标), operator and unit columns, percents typed in Excel "
         "(=100% at the ceiling), 万元 in the number format (correct)")  # fmt: skip
def sn01() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="鳐湾县2025年近岸海域增殖放流项目",
        dept="鳐湾县海洋与渔业局（318021）", unit="鳐湾县水产技术推广站",
        money=one_year(150, 130, 20),
        goals=["2025年在鳐湾近岸海域放流黑鲷、真鲷和中国对虾苗种不少于1000万尾，"
               "开展放流效果跟踪调查，促进近岸渔业资源恢复。"],
    )  # fmt: skip
    indicators(s, OPERATOR_TABLE, [
        ("一、产出指标", "（一）数量指标", "放流苗种数量", "≥", 1000, "万尾"),
        (None, None, "放流批次", "≥", 8, "次"),
        (None, "（二）质量指标", "苗种检验检疫合格率", "=", pct(1), "%"),
        (None, None, "放流苗种规格达标率", "≥", pct(0.95), "%"),
        (None, None, "放流后三日内苗种死亡率", "≤", pct(0.05), "%"),
        (None, "（三）时效指标", "放流活动按期完成率", "≥", pct(0.95), "%"),
        ("二、成本指标", "（一）经济成本指标", "苗种平均采购单价", "≤", 0.12, "元/尾"),
        (None, None, "放流效果跟踪调查费用", "≤", 18, "万元"),
        ("三、效益指标", "（一）生态效益指标", "放流海域主要经济种类资源量增长率", "≥",
         pct(0.05), "%"),
        (None, "（二）社会效益指标", "公众增殖放流知晓率", "≥", pct(0.85), "%"),
        (None, "（三）可持续影响指标", "近岸渔业资源修复长效机制", None, "健全", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "沿海渔民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "吴澄海", "邵蔚青", "0653-7316024", day(2024, 11, 12))
    return b


@variant("sn02-ranch-threeyear", (8, 10), "three-year project, NAT-2021, 海洋牧场: 中期 and 年度 "
         "value columns, tier-1 points in the labels and indicator points in a 分值 column (both "
         "100), a coverage rate raised in 百分点 (correct)")  # fmt: skip
def sn02() -> Book:
    b, s = start()
    project_head(
        s, year=2025, years=3, attr="新增项目",
        name="蚝屿区国家级海洋牧场示范区建设项目（2025—2027年）",
        dept="蚝屿区农业农村和海洋渔业局（207013）", unit="蚝屿区海洋牧场建设管理中心",
        money=multi_year((1800, 1500, 300), (600, 500, 100)),
        goals=["2025—2027年投放人工鱼礁不少于6000空方，修复海藻场120公顷，"
               "牧场区域渔业资源明显恢复。",
               "2025年投放人工鱼礁不少于2000空方，修复海藻场40公顷，"
               "礁区海藻场覆盖率提高3个百分点。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "人工鱼礁投放量", "≥6000空方", "≥2000空方", 20),
        (None, None, "海藻场修复面积", "≥120公顷", "≥40公顷", 15),
        (None, "质量指标", "鱼礁构件验收合格率", "≥98%", "≥98%", 10),
        (None, "时效指标", "投礁任务完成时间", "2027年10月31日前", "2025年10月31日前", 5),
        ("成本指标（10分）", "经济成本指标", "人工鱼礁单位造价", "≤0.25万元/空方",
         "≤0.25万元/空方", 10),
        ("效益指标（30分）", "生态效益指标", "礁区海藻场覆盖率", "提高≥8百分点",
         "提高≥3百分点", 10),
        (None, "经济效益指标", "牧场区域渔获物产值增长率", "≥15%", "≥5%", 10),
        (None, "可持续影响指标", "海洋牧场管护机制", "健全", "健全", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "周边渔民满意度", pct(0.9), pct(0.9), 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    note(s, "注：一级指标分值为其下各三级指标分值之和，两级分值均合计100分，不重复计算。")
    signature(s, "方启澜", "卢潮音", "0657-2248130", day(2024, 10, 29))
    return b


@variant("sn03-fangliu-direction", (11, 1), "project, OLD-NAT, 增殖放流 of 海蜇 and 梭子蟹: "
         "指标性质 as direction (正向/反向) and 指标方向 as operator, bare numbers and typed "
         "percents with a unit column: a 反向 rate with ≥, a cost with =, a survival rate "
         "above 100%")  # fmt: skip
def sn03() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="汀礁市2025年海蜇和三疣梭子蟹增殖放流项目",
        dept="汀礁市海洋与渔业局（402117）", unit="汀礁市渔业资源保护站",
        money=one_year(130, 110, 20),
        goals=["2025年在汀礁湾放流海蜇苗种3000万头、三疣梭子蟹苗种500万只，"
               "增加海蜇和梭子蟹资源量，带动沿岸渔民增收。"],
    )  # fmt: skip
    wrong_op = mk("≥", "T108", "warning", row=True,
                  note="不合格率是反向指标，比较符应为 ≤")  # fmt: skip
    cost_eq = mk("=", "T108", "warning", row=True,
                 note="采购单价是成本上限，应写 ≤，不应写 =")  # fmt: skip
    survival = mk(pct(1.05), "T106", "error", note="成活率不可能超过 100%")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "海蜇苗种放流数量", "正向", "≥", 3000, "万头"),
        (None, None, "三疣梭子蟹苗种放流数量", "正向", "≥", 500, "万只"),
        (None, "质量指标", "放流苗种规格不合格率", "反向", wrong_op, pct(0.03), "%"),
        (None, None, "苗种暂养成活率", "正向", "≥", survival, "%"),
        (None, "时效指标", "放流活动完成及时率", "正向", "≥", pct(0.95), "%"),
        (None, "成本指标", "海蜇苗种采购单价", "反向", cost_eq, 0.02, "元/头"),
        (None, None, "梭子蟹苗种采购单价", "反向", "≤", 0.1, "元/只"),
        ("效益指标", "经济效益指标", "海蜇回捕产值", "正向", "≥", 800, "万元"),
        (None, "生态效益指标", "放流海域海蜇资源密度增长率", "正向", "≥", pct(0.1), "%"),
        (None, "社会效益指标", "渔民投诉率", "反向", "≤", pct(0.01), "%"),
        (None, "可持续影响指标", "放流效果跟踪评估机制", "定性", None, "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参与放流渔民满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "何砚舟", "宋澜", "0654-8830517", day(2024, 11, 25))
    return b


@variant("sn04-stacked-two", (2, 11), "two projects stacked in one sheet (海洋牧场管护, 贝类底播"
         "增殖), OLD-NAT, one value column, the same satisfaction indicator with different values "
         "in each project, a 下降率 with ≥ (correct)")  # fmt: skip
def sn04() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="螺屿区海洋牧场日常管护项目", dept="螺屿区海洋渔业局（115032）",
        unit="螺屿区海洋牧场管护站", money=one_year(80, 72, 8), attr="常年项目",
        goals=["2025年对螺屿海洋牧场开展常态化巡查和水质监测，依法处置违规作业，"
               "保障礁区生态安全。"],
    )  # fmt: skip
    indicators(s, SIMPLE_TABLE, [
        ("产出指标", "数量指标", "牧场巡查次数", "≥48次"),
        (None, None, "礁区水质监测次数", "≥12次"),
        (None, "质量指标", "巡查记录完整率", "≥95%"),
        (None, "时效指标", "违规作业处置时限", "≤24小时"),
        (None, "成本指标", "巡查船租用费用", "≤36万元"),
        ("效益指标", "生态效益指标", "礁区违规捕捞事件下降率", "≥20%"),
        (None, "可持续影响指标", "牧场管护制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "项目区渔民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, name="螺屿区菲律宾蛤仔底播增殖项目", dept="螺屿区海洋渔业局（115032）",
        unit="螺屿区水产技术推广站", money=one_year(60, 50, 10), attr="一次性项目",
        goals=["2025年在螺屿东滩底播菲律宾蛤仔苗种2000万粒，底播面积1500亩，"
               "带动养殖户增收。"],
    )  # fmt: skip
    indicators(s, SIMPLE_TABLE, [
        ("产出指标", "数量指标", "蛤仔苗种底播数量", "≥2000万粒"),
        (None, None, "底播海域面积", "≥1500亩"),
        (None, "质量指标", "苗种检疫合格率", "=100%"),
        (None, "时效指标", "底播作业完成时间", "2025年5月31日前"),
        (None, "成本指标", "苗种采购单价", "≤0.02元/粒"),
        ("效益指标", "经济效益指标", "蛤仔回捕产量", "≥300吨"),
        (None, "社会效益指标", "带动养殖户数", "≥120户"),
        ("满意度指标", "服务对象满意度指标", "项目区渔民满意度", "≥85%"),
    ])  # fmt: skip
    signature(s, "叶沧平", "柯汐", "0652-5179043", day(2024, 12, 3))
    return b


@variant("sn05-stacked-wrong", (2, 12), "two projects stacked in one sheet, OLD-NAT, one value "
         "column: the first project's unit cost × count above its money, the second project's "
         "年度资金总额 not 财政拨款 + 其他资金 and a 完成率 given as a count")  # fmt: skip
def sn05() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="鹭汐县大黄鱼增殖放流项目", dept="鹭汐县海洋与渔业局（309044）",
        unit="鹭汐县水产技术推广站", money=one_year(90, 80, 10),
        goals=["2025年放流大黄鱼苗种200万尾，恢复鹭汐湾大黄鱼资源。"],
    )  # fmt: skip
    over = mk("≤0.5元/尾", "B107", "warning", row=True,
              note="0.5元/尾 × 200万尾 = 100万元，超过项目资金 90万元")  # fmt: skip
    indicators(s, SIMPLE_TABLE, [
        ("产出指标", "数量指标", "大黄鱼苗种放流数量", "≥200万尾"),
        (None, "质量指标", "放流苗种检疫合格率", "=100%"),
        (None, "时效指标", "放流完成时间", "2025年7月31日前"),
        (None, "成本指标", "大黄鱼苗种采购单价", over),
        ("效益指标", "生态效益指标", "放流海域大黄鱼资源量增长率", "≥5%"),
        (None, "社会效益指标", "增殖放流公众参与人次", "≥500人次"),
        ("满意度指标", "服务对象满意度指标", "沿岸渔民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(120), "B101", "error", row=True,
               note="财政拨款 110 + 其他资金 20 = 130 ≠ 120")  # fmt: skip
    project_head(
        s, year=2025, name="鹭汐县海洋牧场人工鱼礁维护项目", dept="鹭汐县海洋与渔业局（309044）",
        unit="鹭汐县海洋牧场管护站", money=one_year(total, 110, 20),
        goals=["2025年巡检鹭汐海洋牧场人工鱼礁，修复破损礁体，保持礁区生态功能。"],
    )  # fmt: skip
    as_count = mk("35座", "T105", "error", note="完成率是比率，指标值却是座数")
    indicators(s, SIMPLE_TABLE, [
        ("产出指标", "数量指标", "人工鱼礁巡检次数", "≥24次"),
        (None, None, "修复破损礁体数量", "≥35座"),
        (None, "质量指标", ok("破损礁体修复完成率", "warning",
                              note="与上一行近似重复，可以提示"), as_count),
        (None, "时效指标", "礁体修复完成时间", "2025年10月31日前"),
        (None, "成本指标", "单座礁体修复费用", "≤2.5万元/座"),
        ("效益指标", "生态效益指标", "礁区鱼类资源密度增长率", "≥8%"),
        (None, "可持续影响指标", "鱼礁维护管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿岸渔民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "潘屿生", "黎晓帆", "0651-3360289", day(2024, 11, 8))
    return b


@variant("sn06-fangliu-flat", (3, 11), "department (水产技术推广站), flat list 指标名称 · 权重 · "
         "计量单位 · 指标性质 (operator) · 指标值, typed percents, weights add to 100 with a 合计 "
         "row, a 下降率 with ≥ (correct)")  # fmt: skip
def sn06() -> Book:
    b, s = start()
    department_head(
        s, year=2025, dept="鹭汐县水产技术推广站",
        budget=[(money(420), money(400), money(20), money(260), money(160))],
        tasks=[
            ("增殖放流", "放流黑鲷、中国对虾苗种", money(95), "放流苗种不少于1500万尾"),
            ("水产苗种产地检疫", "开展苗种产地检疫和病害监测", money(40), "检疫批次不少于300次"),
            ("养殖技术推广", "开展健康养殖技术培训", money(25), "培训养殖户不少于600人次"),
            ("金额合计", None, money(160), None),
        ],
        goal="2025年完成增殖放流、苗种检疫和养殖技术推广任务，降低养殖病害损失。",
    )  # fmt: skip
    s.skip()
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("放流苗种数量", 20, "万尾", "≥", 1500),
        ("水产苗种产地检疫批次", 15, "次", "≥", 300),
        ("苗种检疫合格率", 15, "%", "≥", pct(0.98)),
        ("养殖技术培训人次", 15, "人次", "≥", 600),
        ("养殖病害损失下降率", 10, "%", "≥", pct(0.1)),
        ("放流苗种平均采购单价", 10, "元/尾", "≤", 0.06),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ], merged=())  # fmt: skip
    signature(s, "章潮生", "冯雨汀", "0651-3361172", day(2024, 11, 20))
    return b
