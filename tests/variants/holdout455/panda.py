"""Giant panda (大熊猫) breeding centres: yw01 to yw06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout455.common import IND, TWO, department, funds, note, project, sign, table
from tests.variants.holdout455.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

CENTRE = "青篁岭大熊猫繁育研究中心"
BUREAU = "檀岗市林业和草原局 417003"


@variant("yw01-panda-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the "
         "number format (correct)")  # fmt: skip
def yw01() -> Book:
    b, s = project(year=2025, name="圈养大熊猫饲养管护", dept=BUREAU, unit=CENTRE,
                   money=funds(186, 156, 30),
                   goals=["完成24只圈养大熊猫的饲养、保健和兽舍改造。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "圈养大熊猫饲养管护数量", "≥", 24, "只"),
        (None, None, "兽舍及运动场改造面积", "≥", 1200, "平方米"),
        (None, "质量指标", "当年幼仔成活率", "≥", pct(0.9), "%"),
        (None, None, "圈养个体疫病死亡率", "≤", pct(0.02, "0.0%"), "%"),
        (None, "时效指标", "鲜竹饲料按时供应率", "≥", pct(0.98), "%"),
        (None, "成本指标", "鲜竹饲料采购单价", "≤", 1.6, "元/公斤"),
        ("效益指标", "社会效益指标", "科普教育受众人次", "≥", 12, "万人次"),
        (None, "生态效益指标", "周边竹林巡护覆盖率", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "圈养种群谱系档案完整率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "参观游客满意度", "≥", pct(0.9), "%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    sign(s, "何芷岚", "0739-5213086", day(2024, 11, 18))
    return b


@variant("yw02-panda-direction-inline", (1, 11),
         "project, NAT-2021, operators inside the values: a 反向 rate with ≥, a cost cap with =, "
         "a 成活率 typed as 105%")  # fmt: skip
def yw02() -> Book:
    b, s = project(year=2025, name="大熊猫幼仔人工育幼", dept=BUREAU, unit="雾溪大熊猫保育基地",
                   money=funds(150, 130, 20),
                   goals=["完成6只大熊猫幼仔人工育幼，降低幼仔感染和死亡。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "人工育幼大熊猫幼仔数", "≥6只"),
        (None, "质量指标", "人工育幼成活率", mk(pct(1.05), "T106", "error",
                                            note="成活率 105% 超过 100% 上限")),
        (None, None, "幼仔寄生虫感染率", mk("≥3%", "T108", "warning", row=True,
                                         note="感染率是反向指标，应为 ≤3%")),
        (None, "时效指标", "育幼记录录入及时率", "≥95%"),
        ("成本指标", "经济成本指标", "单只幼仔年均育幼成本", mk("=18万元/只", "T108", "warning",
                                  row=True, note="成本上限不应写 =，应为 ≤")),
        ("效益指标", "社会效益指标", "育幼知识公众讲座场次", "≥8场"),
        (None, "可持续影响指标", "育幼技术规程修订", "完成1项"),
        ("满意度指标", "服务对象满意度指标", "合作科研单位满意度", "≥90%"),
    ]  # fmt: skip
    table(s, IND, rows)
    sign(s, "罗景川", "0739-5213124", day(2024, 11, 22))
    return b


@variant("yw03-panda-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in the two projects (correct)")  # fmt: skip
def yw03() -> Book:
    b, s = project(year=2025, name="大熊猫野外种群监测", dept=BUREAU, unit="梓峪县大熊猫保护站",
                   money=funds(96, 80, 16),
                   goals=["完成梓峪片区野外大熊猫种群红外相机监测和样线调查。"])  # fmt: skip
    table(s, IND, [
        ("产出指标", "数量指标", "红外相机布设点位", "≥120个"),
        (None, None, "科普宣传活动场次", "≥12场"),
        (None, "质量指标", "监测数据有效率", "≥90%"),
        (None, "成本指标", "单个相机点位年维护成本", "≤0.3万元/个"),
        ("效益指标", "生态效益指标", "监测样线覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2025, name="大熊猫科普教育基地运行", dept=BUREAU, unit=CENTRE,
                 money=funds(64, 50, 14), title="",
                 goals=["开展大熊猫科普教育活动，全年接待研学团队不少于150批。"])  # fmt: skip
    table(s, IND, [
        ("产出指标", "数量指标", "科普宣传活动场次", "≥40场"),
        (None, None, "接待研学团队批次", "≥150批"),
        (None, "时效指标", "活动按计划完成率", "≥95%"),
        (None, "成本指标", "单场科普活动成本", "≤0.8万元/场"),
        ("效益指标", "社会效益指标", "科普受众人次", "≥6万人次"),
        ("满意度指标", "服务对象满意度指标", "研学学生满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("yw04-panda-flat-defects", (3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值): a rate given in 只, a 反向 rate with 大于等于, weights adding "
         "to 95")  # fmt: skip
def yw04() -> Book:
    tasks = [
        ("圈养种群饲养管护", "30只圈养大熊猫饲养、保健", money(260), "种群健康稳定"),
        ("野化培训与放归", "野化培训圈舍运行和监测", money(180), "完成2只个体野化培训"),
        ("金额合计", None, money(440), None),
    ]
    b, s = department(year=2025, dept="檀岗市大熊猫繁育研究中心",
                      budget=[(money(920), money(760), money(160), money(480), money(440))],
                      tasks=tasks,
                      goal="保障圈养种群健康，推进野化培训放归，提升科研和科普能力。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.row("圈养大熊猫饲养只数", 15, "只", "大于等于", 30)
    s.row("野化培训个体数", 15, "只", "大于等于", 2)
    s.row(
        "野化放归个体存活率",
        15,
        "只",
        "大于等于",
        mk(1, "T105", "error", row=True, alt=("T112",), note="存活率给了只数，应为百分比"),
    )
    s.row("兽医诊疗差错率", 10, "%", mk("大于等于", "T108", "warning", row=True,
                                    note="差错率是反向指标，应为小于等于"), 1)  # fmt: skip
    s.row("科研论文发表数", 10, "篇", "大于等于", 6)
    s.row("单只圈养大熊猫年饲养成本", 10, "万元/只", "小于等于", 8)
    s.row("科普受众人次", 10, "万人次", "大于等于", 20)
    s.row("参观游客满意度", 10, "%", "大于等于", 90)
    s.row("合计", 95, None, None, None)
    b.file_mark("W101", "error", note="权重 15+15+15+10+10+10+10+10 = 95，不是 100")
    sign(s, "邓若溪", "0739-5217702", day(2024, 11, 26))
    return b


@variant("yw05-panda-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（45分）, "
         "（一）数量指标) and an indicator score column, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def yw05() -> Book:
    b, s = project(year=2025, name="大熊猫人工繁育技术攻关", dept=BUREAU, unit=CENTRE,
                   money=funds(210, 180, 30),
                   goals=["提高人工授精受孕率和幼仔成活率，完善繁育技术规程。"])  # fmt: skip
    rows = [
        ("一、产出指标（45分）", "（一）数量指标", "人工授精配对数", "≥10对", 15),
        (None, None, "繁育技术培训人次", "≥60人次", 10),
        (None, "（二）质量指标", "人工授精受孕率较上年提高", "≥5百分点", 10),
        (None, "（三）时效指标", "繁殖季技术方案按时完成率", "100%", 10),
        ("二、成本指标（15分）", "（一）经济成本指标", "单对配对繁育技术成本", "≤15万元/对", 15),
        ("三、效益指标（30分）", "（一）社会效益指标", "繁育技术成果推广单位数", "≥3家", 10),
        (None, "（二）生态效益指标", "圈养种群增长率", "≥5%", 10),
        (None, "（三）可持续影响指标", "繁育技术规程修订", "完成1项", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "合作繁育单位满意度", "≥90%", 10),
    ]  # fmt: skip
    table(s, (*IND, "分值"), rows)
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    note(s, "注：一级指标括号内为该级分值，三级指标分值合计与之相等，总分100分。")
    sign(s, "罗景川", "0739-5213124", day(2024, 12, 2))
    return b


@variant("yw06-panda-period-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "cumulative count copied, an annual area above the period area")  # fmt: skip
def yw06() -> Book:
    goal = "完成栖息地植被恢复和廊道建设，开展大熊猫野化训练。"
    b, s = project(year=2025, years=3, name="大熊猫栖息地廊道修复", dept=BUREAU,
                   unit="梓峪县大熊猫保护站", money=funds(180, 150, 30, (540, 450, 90)),
                   goals=[goal, mk(goal, "D204", "warning", note="照抄中期目标")])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "廊道竹林补植面积", "≥3000亩", "≥1000亩"),
        (None, None, "野化训练个体数", "≥9只", mk("≥9只", "D202", "warning",
                                              note="三年累计数照抄到年度")),
        (None, None, "栖息地植被恢复面积", "≥1500公顷", mk("≥1800公顷", "D201", "error",
                                                 note="年度值大于实施期值")),
        (None, "质量指标", "补植竹苗成活率", "≥85%", "≥85%"),
        (None, "时效指标", "年度施工按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每亩竹林补植成本", "≤0.05万元/亩", "≤0.05万元/亩"),
        ("效益指标", "生态效益指标", "廊道内大熊猫活动痕迹点位", "≥60个", "≥20个"),
        ("满意度指标", "服务对象满意度指标", "沿线社区群众满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, TWO, rows)
    sign(s, "邓若溪", "0739-5217702", day(2024, 11, 28))
    return b
