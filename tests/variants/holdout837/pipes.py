"""Pipe network extension (管网延伸): department budgets, flat lists, pipe-laying projects."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout837.common import YEAR, book, indicators, notes, one_year, sign
from tests.variants.holdout837.registry import variant
from tests.variants.kit import Book, mk, ok, pct

TWO_ROW = [("绩效指标", None, None, "绩效目标值", None, "备注"),
           ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", None)]  # fmt: skip
ONE_HEAD_PIPE = [("一级指标", "二级指标", "三级指标", "指标值", "备注", None)]
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kfo07-pipe-department", (12, 7, 1),
         "department, NAT-2021, budget and key tasks adding up, two-row header "
         "绩效指标 / 绩效目标值 with a unit column, a goal length with its parts in brackets, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def pipe_department() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="栎川县水务局", budget=[[1250, 1100, 150, 350, 900]],
                    tasks=[["农村供水管网延伸", "延伸主管、支管到18个自然村", 600,
                            "新增通水自然村18个"],
                           ["老旧管网改造", "更换镀锌管和漏损管段", 220, "改造老旧管网9.5公里"],
                           ["供水工程维修养护", "管网、阀井和水表维修", 80, "管网完好运行"],
                           ["金额合计", None, 900, None]],
                    goal="延伸农村供水管网42公里（其中主管15公里、支管27公里），新增通水自然村18个，"
                         "农村自来水普及率提高2个百分点。")  # fmt: skip
    top = s.r + 1
    indicators(s, TWO_ROW, [
        ("产出指标", [
            ("数量指标", [("延伸农村供水管网长度", "≥42", "公里", "主管15、支管27"),
                         ("新增通水自然村", "≥18", "个", None),
                         ("改造老旧管网", "≥9.5", "公里", None)]),
            ("质量指标", [("管网末端水压合格率", pct(0.95), "%", None),
                         ("末梢水水质达标率", pct(0.92), "%", None)]),
            ("时效指标", [("管网延伸工程完工时间", "2026年11月30日前", None, None)]),
        ]),
        ("成本指标", [("经济成本指标", [("管网延伸综合造价", "≤14", "万元/公里",
                                        "42公里共588万元")])]),
        ("效益指标", [
            ("社会效益指标", [("农村自来水普及率", "提高≥2", "百分点", "上年为88%")]),
            ("可持续影响指标", [("管网漏损率", "≤12", "%", None)]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("通水群众满意度", pct(0.9), "%", None)])]),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=3)
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=5)
    sign(s, "祁远帆", "0735-4470296")
    return b


@variant("kfo08-pipe-department-wrong", (12,),
         "department, NAT-2021: key tasks not adding to 金额合计, the "
         "年度总体目标's 3200 households "
         "against an indicator's 2300")  # fmt: skip
def pipe_department_wrong() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄岭县农村供水服务中心", budget=[[780, 700, 80, 230, 550]],
                    tasks=[["管网延伸工程", "延伸配水管网28公里", 380, "新增通水村组14个"],
                           ["入户工程", "新建入户管道和水表井", 120, "入户3200户"],
                           ["智能水表改造", "更换远传水表", 60, "水表抄收准确"],
                           ["金额合计", None,
                            mk(550, "B102", "error", note="380 + 120 + 60 = 560，不等于550"),
                            None]],
                    goal="延伸配水管网28公里，新建入户管道覆盖3200户，"
                         "农村供水保证率达到95%。")  # fmt: skip
    indicators(s, [("一级指标", "二级指标", "三级指标", "指标值", None, None)], [
        ("产出指标", [
            ("数量指标", [("延伸配水管网", "≥28公里"),
                         ("新增入户供水户数",
                          mk("≥2300户", "D104", "warning", row=True,
                             note="年度总体目标和入户工程任务都写3200户，指标只写2300户")),
                         ("更换远传水表", "≥1500只")]),
            ("质量指标", [("入户工程验收合格率", "≥98%")]),
            ("时效指标", [("入户工程完工时间", "2026年10月31日前")]),
        ]),
        ("成本指标", [("经济成本指标", [("入户工程户均费用", "≤370元/户")])]),
        ("效益指标", [("社会效益指标", [("农村供水保证率", "≥95%")])]),
        ("满意度指标", [("服务对象满意度指标", [("入户群众满意度", "≥90%")])]),
    ])  # fmt: skip
    sign(s, "祁远帆", "0735-4470296")
    return b


@variant("kfo09-pipe-flat", (3, 1, 4),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 in words · 指标值), weights "
         "adding to 100 with a 合计 row and a 注, a 下降率 with 大于等于, a 反向 count with "
         "小于等于, percent cells (correct)")  # fmt: skip
def pipe_flat() -> Book:
    b, s = book(widths=(30, 10, 12, 14, 16, 16))
    department_head(s, year=YEAR, dept="枫陂乡人民政府", budget=[[460, 400, 60, 160, 300]],
                    tasks=[["管网延伸", "延伸供水管网到9个村民小组", 210, "管网延伸35公里"],
                           ["水表入户", "安装入户水表和表井", 90, "入户水表2100只"],
                           ["金额合计", None, 300, None]],
                    goal="延伸供水管网35公里，安装入户水表2100只，"
                         "新增受益人口6800人。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.table([FLAT,
             ("新增供水管网延伸长度", 20, "公里", "大于等于", 35),
             ("新增受益人口", 15, "人", "大于等于", 6800),
             ("入户水表安装数量", 10, "只", "大于等于", 2100),
             ("管网工程验收合格率", 15, "%", "等于", pct(1)),
             ("末梢水余氯合格率", 10, "%", "大于等于", pct(0.9)),
             ("管网爆管次数", 10, "次", "小于等于", 3),
             ("供水服务投诉下降率", 10, "%", "大于等于", 15),
             ("用水户满意度", 10, "%", "大于等于", pct(0.9)),
             ("合计", 100, None, None, None)])  # fmt: skip
    notes(s, "注：权重合计100分；投诉下降率以2025年投诉量为基数。", width=5)
    sign(s, "钟离越", "0796-5523419")
    return b


@variant("kfo10-pipe-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): "
         "one indicator listed twice, the template's example row left in, weights adding "
         "to 110")  # fmt: skip
def pipe_flat_defects() -> Book:
    b, s = book(widths=(30, 14, 12, 10, 16, 16))
    department_head(s, year=YEAR, dept="苇塘镇人民政府", budget=[[310, 280, 30, 110, 200]],
                    tasks=[["供水管网延伸", "延伸管网至苇塘北片5个村", 200, "管网延伸18公里"],
                           ["金额合计", None, 200, None]],
                    goal="延伸供水管网18公里，新增入户供水960户，"
                         "北片5个村实现自来水全覆盖。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+10+10+10+10+20 = 110，应为100（重复行多算20）")
    s.row("年度绩效指标", merge=[(1, 4)])
    s.table([("指标名称", "指标值", "计量单位", "权重"),
             ("管网延伸长度", "≥18", "公里", 20),
             ("新增入户供水户数", "≥960", "户", 15),
             ("管网水压合格率", "≥95", "%", 15),
             ("工程完工及时率", "≥95", "%", 10),
             ("管网漏损率", "≤10", "%", 10),
             ("（示例）新增供水人口",
              mk("≥XX", "X101", "error", row=True, note="模板的示例行没有删除"), "人",
              ok(None, "warning", note="示例行没有权重")),
             ("通水群众满意度", "≥90", "%", 10),
             ("水费收缴率", "≥85", "%", 10),
             (mk("管网延伸长度", "D101", "warning", row=True, alt=("D103",),
                 note="与第一行的指标完全相同，重复列出"), "≥18", "公里", 20)])  # fmt: skip
    sign(s, "钟离越", "0796-5523419")
    return b


@variant("kfo11-pipe-points", (10, 7, 5),
         "project, NAT-2021, a tier-1 score column and an indicator score column (100 both ways), "
         "headers 考核指标 and 目标值（年度）, a rate raised in 百分点, 0起 on an incident count "
         "(correct)")  # fmt: skip
def pipe_points() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="蔺坞片区供水管网延伸工程", dept="栎川县水务局（317）",
                 unit="栎川县农村供水服务中心", money=one_year(320, 300, 20),
                 goals=["延伸供水管网16公里（主管6公里、支管10公里），解决蔺坞等4个行政村1150户"
                        "季节性缺水问题。"])  # fmt: skip
    head = [("一级指标", "一级分值", "二级指标", "考核指标", "目标值（年度）", "指标分值")]
    indicators(s, head, [
        ("产出指标", [
            (50, [("数量指标", "延伸供水管网长度", "≥16公里", 15),
                  (None, "新增通水户数", "≥1150户", 10),
                  ("质量指标", "管道水压试验合格率", pct(1), 10),
                  ("时效指标", "工程完工时间", "2026年11月30日前", 15)]),
        ]),
        ("成本指标", [(10, [("经济成本指标", "管网延伸单位造价", "≤18万元/公里", 10)])]),
        ("效益指标", [
            (30, [("社会效益指标", "农村集中供水率", "提高≥3百分点", 15),
                  (None, "因缺水引发的信访事件", "0起", 10),
                  ("可持续影响指标", "管网设计使用年限", "≥30年", 5)]),
        ]),
        ("满意度指标", [(10, [("服务对象满意度指标", "受益群众满意度", "≥90%", 10)])]),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "说明：一级指标分值合计100分，各三级指标分值合计100分，两者为同一总分的两级分解。")
    sign(s, "祁远帆", "0735-4470296")
    return b


@variant("kfo12-pipe-dates", (4, 12),
         "project, OLD-NAT, one value column, notes and signature under the table: the goal's "
         "1.2万人 against 8000人, a completion date left from 2025, a cost per km × length over "
         "the money")  # fmt: skip
def pipe_dates() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="鹤汀镇至苇塘村供水管网延伸", dept="澄岭县水利局（402）",
                 unit="鹤汀镇人民政府", money=one_year(520, 480, 40),
                 goals=["新建鹤汀镇至苇塘村供水管网18公里，新增受益人口1.2万人，"
                        "2026年10月底前通水。"])  # fmt: skip
    indicators(s, ONE_HEAD_PIPE, [
        ("产出指标", [
            ("数量指标", [("新建供水管网长度", "≥18公里", None)]),
            ("质量指标", [("管道水压试验合格率", "≥98%", None)]),
            ("时效指标", [
                ("管网通水时间",
                 mk("2025年10月31日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
                    note="2026年度项目，年度目标写2026年10月底前通水，指标日期还是上一年的"),
                 None)]),
            ("成本指标", [
                ("管网综合造价",
                 mk("≤35万元/公里", "B107", "warning", row=True,
                    note="35万元 × 18公里 = 630万元，超过年度资金520万元"), "含管材和施工")]),
        ]),
        ("效益指标", [
            ("社会效益指标", [
                ("新增受益人口",
                 mk("≥8000人", "D104", "warning", row=True, note="年度目标写新增受益人口1.2万人"),
                 None)]),
        ]),
        ("满意度指标", [("服务对象满意度指标", [("受益群众满意度", "≥90%", None)])]),
    ])  # fmt: skip
    notes(s, "注：1.指标值按县水利局下达的年度计划填写。", "2.本表一式三份，报县财政局一份。")
    sign(s, "范启舟", "0796-5521360")
    return b
