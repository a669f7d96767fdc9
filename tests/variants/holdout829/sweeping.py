"""Street sweeping contracts: six returns (kfg13–kfg18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout829.common import (
    PERIOD_HEAD,
    YEAR,
    notes,
    one_year_money,
    period_money,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout829.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "kfg13-sweeping-machine",
    (1, 11, 12),
    "project, NAT-2021, operators in words in their "
    "own column, unit column, a goal total with its parts in brackets, unit price × area "
    "equal to the money (correct)",
)
def sweeping_machine() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="主次干道机械化清扫保洁服务采购",
        dept="澄湾区城市管理局",
        unit="澄湾区环境卫生管理所",
        money=one_year_money(720, 720),
        goals=[
            "对主次干道120万平方米实施机械化清扫保洁（其中主干道80万平方米、次干道"
            "40万平方米），道路机扫率达到90%以上。"
        ],
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
        [
            ["成本指标", "经济成本指标", "清扫保洁服务单价", "小于等于", 6, "元/平方米·年"],
            ["产出指标", "数量指标", "机械化清扫保洁面积", "大于等于", 120, "万平方米"],
            [None, None, "主干道每日机扫频次", "大于等于", 2, "次/日"],
            [None, "质量指标", "道路机扫率", "大于等于", pct(0.9), "%"],
            [None, None, "路面尘土残存量", "小于等于", 5, "克/平方米"],
            [None, "时效指标", "服务质量月度考核次数", "大于等于", 12, "次"],
            ["效益指标", "社会效益指标", "清扫作业安全事故发生数", "等于", 0, "起"],
            [None, "生态效益指标", "道路积尘负荷下降率", "大于等于", pct(0.1), "%"],
            ["满意度指标", "服务对象满意度指标", "沿街市民满意度", "大于等于", pct(0.88), "%"],
        ],
    )
    sign(s, "韦立楠", "0771-6203418")
    return b


@variant(
    "kfg14-sweeping-manual",
    (12,),
    "project, NAT-2021, unit and weight columns: the goal's "
    "area against the indicator, wage × staff above the money, weights adding to 95",
)
def sweeping_manual() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="城区道路人工清扫保洁服务外包",
        dept="柘原县城市管理局",
        unit="柘原县市容环境卫生服务站",
        money=one_year_money(1200, 1150),
        goals=["城区道路人工清扫保洁面积150万平方米，配备保洁员300名，实行“一日两扫、全天保洁”。"],
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "权重"),
        [
            [
                "产出指标",
                "数量指标",
                "人工清扫保洁面积",
                mk("≥135", "D104", "warning", note="年度目标写150万平方米"),
                "万平方米",
                15,
            ],
            [None, None, "保洁员配备人数", "≥300", "人", 10],
            [None, "质量指标", "道路保洁质量考核达标率", "≥95%", "%", 15],
            [None, "时效指标", "每日普扫完成时间", "≤7:00", "时", 10],
            [
                "成本指标",
                "经济成本指标",
                "保洁员人均年工资标准",
                mk(
                    "≤5", "B107", "warning", row=True, note="5万元×300人=1500万元，超过资金1200万元"
                ),
                "万元/人",
                10,
            ],
            ["效益指标", "社会效益指标", "道路保洁投诉件数", "≤50", "件", 15],
            [None, "可持续影响指标", "保洁作业考核制度", "健全", None, 10],
            ["满意度指标", "服务对象满意度指标", "沿街市民满意度", "≥90%", "%", 10],
        ],
    )
    b.file_mark("W101", "error", note="权重合计95，应为100")
    return b


@variant(
    "kfg15-sweeping-department",
    (4, 5, 12),
    "department, NAT-2021, abbreviated tier "
    "labels, weight column, header repeated after a page break, total row (correct)",
)
def sweeping_department() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="澄湾区环境卫生服务中心",
        budget=[
            [wan(2680), wan(2600), wan(80), wan(560), wan(2120)],
        ],
        tasks=[
            ["道路机械化清扫", "机扫面积240万平方米", wan(1320), "机扫率≥90%"],
            ["道路人工保洁", "人工保洁面积120万平方米", wan(800), "考核达标率≥95%"],
            ["金额合计", None, wan(2120), None],
        ],
        goal="清扫保洁面积360万平方米（机扫240万平方米、人工120万平方米），道路保洁考核达标率"
        "95%以上。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    table(
        s,
        head,
        [
            ["产出", "数量", "道路清扫保洁总面积", "≥360万平方米", 15],
            [None, None, "机械化清扫面积", "≥240万平方米", 10],
            [None, "质量", "道路保洁考核达标率", "≥95%", 15],
            [None, "时效", "道路积水清除时限", "≤2小时", 10],
        ],
    )
    s.skip()
    table(
        s,
        head,
        [
            ["成本", "经济成本", "机扫单价", "≤5.5元/平方米·年", 10],
            ["效益", "社会效益", "道路保洁投诉件数", "≤80件", 15],
            [None, "生态效益", "道路降尘量下降率", "≥10%", 15],
            ["满意度", "服务对象满意度", "市民满意度", "≥90%", 10],
        ],
    )
    s.row("合计", None, None, None, 100)
    notes(s, "说明：机扫单价×机扫面积=1320万元，与年度主要任务预算一致。")
    sign(s, "覃思远", "0771-6207731")
    return b


@variant(
    "kfg16-sweeping-old-title",
    (5, 11),
    "project, OLD-NAT, tier labels marked with * and ★: "
    "last year in the title, a quality rate under 时效, ≥ on a complaint rate",
)
def sweeping_old_title() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="新区道路保洁作业服务",
        dept="柘原县城市管理局",
        unit="柘原县市容环境卫生服务站",
        money=one_year_money(480, 480),
        goals=["2026年对新区道路80万平方米实施保洁作业，保洁质量考核达标率95%以上。"],
        title="2025年度项目支出绩效目标申报表",
    )
    b.file_mark(
        "Y101", "error", alt=("Y102", "Y103"), note="标题仍是2025年度，计划日期和年度目标都是2026年"
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ["*产出指标", "★数量指标", "道路保洁作业面积", "≥80万平方米"],
            [None, "★质量指标", "路面废弃物停留时间", "≤30分钟"],
            [
                None,
                "★时效指标",
                mk("保洁质量考核达标率", "F201", "warning", note="达标率是质量指标，填在时效下"),
                "≥95%",
            ],
            [None, "★成本指标", "保洁作业单价", "≤6元/平方米·年"],
            [
                "*效益指标",
                "社会效益指标",
                "道路保洁投诉率",
                mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标，应为≤"),
            ],
            ["*满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥90%"],
        ],
    )
    return b


@variant(
    "kfg17-sweeping-three-year",
    (8,),
    "three-year contract, NAT-2021, 中期 and 年度 columns, "
    "cumulative mileage and vehicles smaller in the year, rates and unit cost equal (correct)",
)
def sweeping_three_year() -> Book:
    b, s = start()
    goals = [
        "2026年—2028年新区道路清扫保洁累计作业里程93000公里，新增机扫车辆12辆，机扫率"
        "稳定在90%以上。",
        "2026年清扫保洁作业里程31000公里，新增机扫车辆4辆，机扫率90%以上。",
    ]
    project_head(
        s,
        year=YEAR,
        name="新区道路清扫保洁三年服务合同",
        dept="澄湾区城市管理局",
        unit="澄湾区环境卫生管理所",
        money=period_money((2160, 2160, 0), (720, 720, 0)),
        goals=goals,
        years=3,
    )
    table(
        s,
        PERIOD_HEAD,
        [
            ["成本指标", "经济成本指标", "保洁服务单价", "≤6元/平方米·年", "≤6元/平方米·年", None],
            ["产出指标", "数量指标", "清扫保洁作业里程", "≥93000公里", "≥31000公里", "累计"],
            [None, None, "新增机扫车辆数量", "≥12辆", "≥4辆", "累计"],
            [None, "质量指标", "道路机扫率", "≥90%", "≥90%", None],
            [None, None, "作业车辆GPS在线率", "≥98%", "≥98%", None],
            [None, "时效指标", "合同考核完成时间", "2028年12月31日前", "2026年12月31日前", None],
            ["效益指标", "生态效益指标", "道路积尘负荷下降率", "≥15%", "≥5%", "较2025年"],
            ["满意度指标", "服务对象满意度指标", "新区居民满意度", "≥90%", "≥90%", None],
        ],
    )
    notes(s, "说明：保洁面积120万平方米，单价6元/平方米·年，年度合同额720万元。")
    return b


@variant(
    "kfg18-sweeping-points",
    (10,),
    "project, NAT-2021, a tier-1 score column beside "
    "indicator scores: 产出 declared 50 but indicators add to 45, a near-duplicate rate",
)
def sweeping_points() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="背街小巷保洁提质项目",
        dept="柘原县城市管理局",
        unit="柘原县市容环境卫生服务站",
        money=one_year_money(260, 240),
        goals=["对城区背街小巷210条实施精细化保洁，保洁覆盖率达到95%以上。"],
    )
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table(
        [
            [
                "产出指标",
                mk(50, "W103", "error", note="其下指标分值15+10+10+10=45"),
                "数量指标",
                "保洁背街小巷数量",
                "≥210条",
                15,
            ],
            [None, None, None, "背街小巷保洁覆盖率", "≥95%", 10],
            [
                None,
                None,
                "质量指标",
                mk(
                    "背街小巷保洁覆盖比例",
                    "D103",
                    "warning",
                    row=True,
                    alt=("D101", "D102"),
                    note="与上一行是同一指标",
                ),
                "≥90%",
                10,
            ],
            [None, None, "时效指标", "垃圾清运及时率", "≥98%", 10],
            ["成本指标", 10, "经济成本指标", "每条小巷年保洁成本", "≤1.2万元/条", 10],
            ["效益指标", 30, "社会效益指标", "小巷卫生投诉件数", "≤30件", 15],
            [None, None, "可持续影响指标", "小巷保洁网格责任制", "建立并执行", 15],
            ["满意度指标", 10, "服务对象满意度指标", "小巷居民满意度", "≥90%", 10],
        ],
        merged=(1, 2, 3),
    )
    return b
