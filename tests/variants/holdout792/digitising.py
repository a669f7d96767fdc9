"""Museum collection digitising: kdv07–kdv12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout792.common import funds, funds2, line, new, sign, table, wan
from tests.variants.holdout792.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kdv07-flat-museum",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percents, weights adding to 100, a goal count with its part in brackets (correct)",
)
def flat_museum() -> Book:
    b, s = new()
    department_head(
        s, year=2025, dept="鹤汀市博物馆",
        budget=[(wan(640), wan(600), wan(40), wan(430), wan(210))],
        tasks=[("藏品数字化采集", "二维采集2400件、三维建模300件", wan(90), "数字资源入库"),
               ("线上展览", "上线数字展览4个", wan(50), "线上访问量≥30万人次"),
               ("库房环境改造", "更新恒温恒湿设备", wan(70), "库房达标"),
               ("金额合计", None, wan(210), None)],
        goal="完成馆藏文物数字化采集2400件（其中珍贵文物600件），三维建模300件，上线数字展览4个。",
    )  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("馆藏文物二维数字化采集", 10, "件", "≥", 2400),
        ("其中：珍贵文物采集", 5, "件", "≥", 600),
        ("文物三维建模", 10, "件", "≥", 300),
        ("数据著录准确率", 15, "%", "≥", pct(0.98)),
        ("数字资源入库及时率", 10, "%", "≥", pct(0.95)),
        ("单件二维采集成本", 10, "元/件", "≤", 180),
        ("数字展览上线", 5, "个", "≥", 4),
        ("线上展览访问量", 10, "万人次", "≥", 30),
        ("数据安全事故", 5, "起", "≤", 0),
        ("观众满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    line(s, "注：单件二维采集成本180元×2400件=43.2万元，含在藏品数字化采集任务90万元内。", 5)
    return b


@variant(
    "kdv08-calligraphy-dates",
    (5,),
    "project, NAT-2021, numbered tier labels: plan dates a year behind the title, a count "
    "below the goal's, a quality rate under 时效",
)
def calligraphy_dates() -> Book:
    b, s = new()
    project_head(
        s, year=2025, name="馆藏书画文物高清数字化", dept="鹤汀市文化广电旅游局（306001）",
        unit="鹤汀市博物馆", money=funds(wan(150), wan(150), wan(0)),
        start=mk(day(2024, 1, 1), "Y101", "error", alt=("Y102",),
                 note="标题为2025年度，计划开始日期却是2024年（上年表格未改）"),
        end=ok(day(2024, 12, 31), "error"),
        goals=[ok("完成馆藏书画类文物高清数字化采集3000件，建立书画数字档案并入库。")],
    )  # fmt: skip
    table(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "1.书画文物高清采集",
         mk("≥2000件", "D104", "warning", row=True, note="年度目标写3000件，指标只有2000件")),
        (None, None, "2.书画数字档案建立", "≥3000份"),
        (None, "（二）质量指标", "1.图像色彩还原达标率", "≥95%"),
        (None, "（三）时效指标", "1.采集数据入库及时率", "≥95%"),
        (None, None,
         mk("2.三维模型精度达标率", "F201", "warning", row=True,
            note="精度达标率是质量指标，填在时效指标下"), "≥98%"),
        ("二、成本指标", "（一）经济成本指标", "1.单件书画采集成本", "≤450元/件"),
        ("三、效益指标", "（一）社会效益指标", "1.书画数字资源开放利用量", "≥5万人次"),
        (None, "（二）可持续影响指标", "1.数字档案长期保存机制", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "1.研究人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdv09-system-export",
    (7, 9),
    "budget-system export: money on sheet 部门项目支出预算05-1, the indicator table on a "
    "second sheet with codes in the first columns, header on the third row, =100% kept as "
    "text (correct)",
)
def system_export() -> Book:
    b, s = new("部门项目支出预算05-1", (16, 26, 12, 20, 14, 14, 14))
    s.title("2025年度部门项目支出预算", 7)
    s.row("单位：万元")
    s.row(
        "项目编码", "项目名称", "单位编码", "单位名称", "年度资金总额", "其中：财政拨款", "其他资金"
    )
    s.row("450326250017", "馆藏陶瓷文物数字化保护", "427013", "柘岭县博物馆", wan(86), wan(80),
          wan(6))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 12, 14, 28, 14))
    t.title("2025年度部门项目支出绩效目标", 6)
    t.row("单位：柘岭县博物馆（427013）")
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("450326250017", "馆藏陶瓷文物数字化保护", "产出指标", "数量指标", "陶瓷文物三维扫描",
         "≥400件"),
        (None, None, None, None, "陶瓷文物二维影像采集", "≥1200件"),
        (None, None, None, "质量指标", "藏品账物相符率", "=100%"),
        (None, None, None, None, "三维模型验收合格率", "≥95%"),
        (None, None, None, "时效指标", "数字化采集完成时间", "2025年11月30日前"),
        (None, None, None, "成本指标", "单件三维扫描成本", "≤0.15万元/件"),
        (None, None, "效益指标", "社会效益指标", "陶瓷数字资源线上浏览量", "≥8万人次"),
        (None, None, None, "可持续影响指标", "数字资源备份机制", "建立并执行"),
        (None, None, "满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "kdv10-museum-money",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a "
    "visitor count below the goal's",
)
def museum_money() -> Book:
    b, s = new("部门整体")
    department_head(
        s, year=2025, dept="鹤汀市民俗博物馆",
        budget=[(mk(wan(860), "B101", "error", row=True,
                    note="基本支出420万元+项目支出400万元=820万元，不是860万元"),
                 wan(800), wan(60), wan(420), wan(400))],
        tasks=[("藏品数字化", "民俗藏品数字化采集1500件", wan(180), "数字资源入库"),
               ("陈列改造", "更新常设展陈", wan(120), "改造后开放"),
               ("社教活动", "举办社教活动80场", wan(60), "活动参与≥1万人次"),
               ("金额合计", None,
                mk(wan(400), "B102", "error", note="180+120+60=360万元，金额合计写400万元"),
                None)],
        goal=ok("全年接待观众50万人次，完成民俗藏品数字化采集1500件，举办社教活动80场。"),
    )  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "民俗藏品数字化采集", "≥1500件"),
        (None, None, "社教活动场次", "≥80场"),
        (None, None, "年度接待观众",
         mk("≥40万人次", "D104", "warning", row=True, note="年度总体目标写接待观众50万人次")),
        (None, "质量指标", "藏品数字化数据合格率", "≥95%"),
        (None, "时效指标", "陈列改造按期完成率", "100%"),
        ("成本指标", "经济成本指标", "单件藏品数字化成本", "≤0.1万元/件"),
        ("效益指标", "社会效益指标", "未成年人参观占比", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdv11-ceramics-three-year",
    (8, 1),
    "three-year project, NAT-2021, 中期 and 年度 columns: a period count copied to 年度, the "
    "年度目标 left with last year's year, unit cost × count above the annual money",
)
def ceramics_three_year() -> Book:
    b, s = new()
    project_head(
        s, year=2025, years=3, name="馆藏文物数字化三年行动", unit="鹤汀市博物馆",
        dept="鹤汀市文化广电旅游局（306001）", money=funds2(
            (wan(600), wan(560), wan(40)), (wan(200), wan(190), wan(10))),
        goals=["三年完成馆藏文物二维采集9000件、三维建模3000件，建成藏品数字资源库。",
               mk("2024年完成馆藏文物二维采集3000件、三维建模1200件，数字资源库上线试运行。",
                  "Y103", "warning", alt=("Y101",), note="预算年度2025，年度目标仍写2024年")],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "文物二维采集", "≥9000件",
         mk("≥9000件", "D202", "warning", note="三年累计9000件原样抄到年度（年度目标为3000件）",
            alt=("D104",))),
        (None, None, "文物三维建模", "≥3000件", "≥1200件"),
        (None, "质量指标", "数据著录准确率", pct(0.98), pct(0.98)),
        (None, "时效指标", "数字资源入库及时率", pct(0.95), pct(0.95)),
        ("成本指标", "经济成本指标", "单件三维建模成本", "≤0.2万元/件",
         mk("≤0.2万元/件", "B107", "warning", row=True,
            note="0.2万元×1200件=240万元，超过年度资金200万元")),
        ("效益指标", "社会效益指标", "数字资源线上访问量", "≥90万人次", "≥30万人次"),
        (None, "可持续影响指标", "数字资源库运行维护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "线上观众满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "kdv12-stacked-digital",
    (2, 1),
    "two digitising projects stacked in one sheet, OLD-NAT, one value column, the same "
    "indicator name with different values in each project, typed percents (correct)",
)
def stacked_digital() -> Book:
    b, s = new()
    project_head(
        s, year=2025, name="青铜器三维数字化", dept="鹤汀市文化广电旅游局（306001）",
        unit="鹤汀市博物馆", money=funds(wan(120), wan(120), wan(0)),
        goals=["完成馆藏青铜器三维数字化500件，建立青铜器三维模型库。"],
    )  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "青铜器三维建模", "≥500件"),
        (None, "质量指标", "数据著录准确率", pct(0.98)),
        (None, "时效指标", "建模完成时间", "2025年11月30日前"),
        (None, "成本指标", "单件三维建模成本", "≤0.24万元/件"),
        ("效益指标", "社会效益指标", "三维模型开放调用次数", "≥2000次"),
        ("满意度指标", "服务对象满意度指标", "研究人员满意度", pct(0.9)),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, title="", name="民俗文献扫描建库", dept="鹤汀市文化广电旅游局（306001）",
        unit="鹤汀市民俗博物馆", money=funds(wan(80), wan(60), wan(20)),
        goals=["扫描馆藏族谱、契约等民俗文献20000页，建立全文检索库。"],
    )  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "民俗文献扫描", "≥20000页"),
        (None, "质量指标", "数据著录准确率", pct(0.95)),
        (None, "时效指标", "扫描完成时间", "2025年10月31日前"),
        (None, "成本指标", "单页扫描著录成本", "≤35元/页"),
        ("效益指标", "社会效益指标", "族谱查询服务人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "查询群众满意度", pct(0.92)),
    ])  # fmt: skip
    sign(s, "邝书宁", "0596-2287351", day(2024, 12, 3))
    return b
