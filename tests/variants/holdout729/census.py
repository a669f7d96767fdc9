"""Returns of a provincial cultural-relics census (kbk01–kbk06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout729.common import (
    H4,
    H5,
    department,
    indicators,
    period,
    project,
    sign,
    wan,
    yearly,
)
from tests.variants.holdout729.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

DEPT = "砚川县文化和旅游局（317021）"


@variant("kbk01-county-survey", (1, 5), "project, NAT-2021, numbered tier labels, one value "
         "column, typed percent cells, the goal's count split in brackets (correct)")  # fmt: skip
def county_survey() -> Book:
    goal = ("完成全县不可移动文物复查1240处（其中古建筑412处、古遗址538处、其他290处），"
            "登记新发现文物线索不少于180处，建立县级普查数据库并通过省级验收。")  # fmt: skip
    b, s = project(year=2026, name="砚川县不可移动文物普查复查", dept=DEPT,
                   unit="砚川县文物保护中心", money=yearly(wan(86), wan(80), wan(6)),
                   goals=[goal])  # fmt: skip
    indicators(s, H4, [
        ("一、产出指标", "（一）数量指标", "不可移动文物复查数量", "≥1240处"),
        (None, None, "新发现文物线索登记数", "≥180处"),
        (None, "（二）质量指标", "普查数据省级验收通过率", pct(1.0)),
        (None, None, "资料录入差错率", "≤1%"),
        (None, "（三）时效指标", "复查外业完成时间", "2026年10月31日前"),
        ("二、成本指标", "（一）经济成本指标", "单处复查平均成本", "≤600元/处"),
        ("三、效益指标", "（一）社会效益指标", "文物保护名录乡镇覆盖率", pct(1.0)),
        (None, "（二）可持续影响指标", "普查数据库持续更新年限", "≥5年"),
        ("四、满意度指标", "（一）服务对象满意度指标", "属地乡镇对普查工作满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "柯晓岚", "0579-6613842", day(2025, 11, 14, CN_DATE))
    return b


@variant("kbk02-two-year-copied", (8,), "two-year project 2026–2027, NAT-2021, 中期 and 年度 "
         "value columns: 中期目标 copied as 年度目标, an annual count above the period's, a "
         "cumulative count copied")  # fmt: skip
def two_year_copied() -> Book:
    goal = ("2026—2027年完成全市42家收藏单位可移动文物登录18000件，采集文物照片54000张，"
            "培训普查人员600人次，建成市级文物信息共享平台。")  # fmt: skip
    b, s = project(year=2026, years=2, name="云陂市可移动文物普查登录", unit="云陂市博物馆",
                   dept="云陂市文物局（402）",
                   money=period((wan(260), wan(240), wan(20)), (wan(140), wan(130), wan(10))),
                   goals=[goal, mk(goal, "D204", "warning", alt=("D104",),
                                   note="年度目标与中期目标逐字相同")])  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "馆藏可移动文物登录数量", "≥18000件", "≥9500件"),
        (None, None, "文物照片采集数量", "≥54000张",
         mk("≥61000张", "D201", "error", note="一年的照片数超过两年合计")),
        (None, None, "普查培训人次", "≥600人次",
         mk("≥600人次", "D202", "warning", note="两年累计人次照抄到年度")),
        (None, "质量指标", "登录信息完整率", "≥98%", "≥98%"),
        (None, "时效指标", "登录任务完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单件文物登录成本", "≤120元/件", "≤120元/件"),
        ("效益指标", "社会效益指标", "文物信息共享平台接入单位", "≥40家", "≥22家"),
        (None, "可持续影响指标", "文物资源数据年度更新机制", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "收藏单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kbk03-stacked-two",
    (2,),
    "two census projects stacked in one sheet, OLD-NAT, one "
    "value column; the same indicator with different values in each project (correct)",
)
def stacked_two() -> Book:
    b, s = project(
        year=2026,
        name="云陂市馆藏文物普查数据核查",
        dept="云陂市文物局（402）",
        unit="云陂市博物馆",
        money=yearly(wan(64), wan(60), wan(4)),
        goals=["核查全市馆藏文物普查数据26000条，纠正错漏数据，完成普查资料归档。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "普查数据核查条数", "≥26000条"),
        (None, "质量指标", "普查资料归档率", pct(0.95)),
        (None, "时效指标", "核查完成时间", "2026年9月30日前"),
        (None, "成本指标", "每千条数据核查成本", "≤2.2万元"),
        ("效益指标", "社会效益指标", "馆藏文物账物相符率", "≥99%"),
        ("满意度指标", "服务对象满意度指标", "收藏单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2026, title="", name="云陂市革命文物专项调查", dept="云陂市文物局（402）",
                 unit="云陂市文物保护研究所", money=yearly(wan(38), wan(38), wan(0)),
                 goals=["调查革命旧址和纪念设施96处，形成专项调查报告1份。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "革命旧址调查处数", "≥96处"),
        (None, None, "专项调查报告", "1份"),
        (None, "质量指标", "普查资料归档率", "100%"),
        (None, "时效指标", "调查报告提交时间", "2026年11月30日前"),
        (None, "成本指标", "单处调查成本", "≤0.35万元/处"),
        ("效益指标", "社会效益指标", "革命文物保护名录更新率", "100%"),
        ("满意度指标", "服务对象满意度指标", "旧址管理使用单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbk04-stacked-defects", (2,), "two census projects stacked, OLD-NAT, one value "
         "column: the second project's total wrong, a 2024 deadline left in its goal, a "
         "near-duplicate indicator")  # fmt: skip
def stacked_defects() -> Book:
    b, s = project(
        year=2026,
        name="澄岭县田野文物点复查",
        dept="澄岭县文化和旅游局（208）",
        unit="澄岭县文物管理所",
        money=yearly(wan(52), wan(48), wan(4)),
        goals=["复查田野文物点318处，更新文物点坐标和四至信息，补设保护标志60块。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "田野文物点复查数量", "≥318处"),
        (None, None, "保护标志补设数量", "≥60块"),
        (None, "质量指标", "坐标信息更新准确率", "≥98%"),
        (None, "时效指标", "复查完成时间", "2026年10月31日前"),
        (None, "成本指标", "单处复查成本", "≤0.12万元/处"),
        ("效益指标", "社会效益指标", "文物点保护范围公布率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "属地村（居）委会满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s,
        year=2026,
        title="",
        name="澄岭县古遗址低空航拍调查",
        dept="澄岭县文化和旅游局（208）",
        unit="澄岭县文物管理所",
        money=yearly(mk(wan(48), "B101", "error", note="44 + 2 = 46，不是 48"), wan(44), wan(2)),
        goals=[
            mk(
                "对全县23处古遗址开展低空航拍调查，航拍面积不少于36平方公里，"
                "于2024年12月底前提交调查成果。",
                "Y103",
                "warning",
                alt=("Y102", "Y101"),
                note="上一轮的期限年份留在年度目标里",
            )
        ],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "古遗址航拍调查处数", "≥23处"),
        (None, None, "低空航拍调查面积", "≥36平方公里"),
        (None, None, mk("低空航拍调查覆盖面积", "D103", "warning", row=True, alt=("D102", "D101"),
                        note="与上一行是同一指标，多一个词、数值不同"), "≥30平方公里"),
        (None, "质量指标", "航拍影像分辨率达标率", "≥95%"),
        (None, "时效指标", "调查成果提交时间", "2026年12月15日前"),
        (None, "成本指标", "每平方公里航拍成本", "≤1.2万元"),
        ("效益指标", "社会效益指标", "古遗址保护范围核定率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "遗址所在乡镇满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kbk05-flat-department",
    (3, 11),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), weights add to 100, 0起 and a 下降率 with ≥ (correct)",
)
def flat_department() -> Book:
    b, s = department(year=2026, dept="云陂市文物局",
                      budget=[(wan(1260), wan(1180), wan(80), wan(830), wan(430))],
                      tasks=[("文物普查", "不可移动文物复查和数据库建设", wan(180), "复查2860处"),
                             ("博物馆免费开放", "市博物馆及4家分馆免费开放", wan(150),
                              "年接待观众38万人次"),
                             ("古建筑消防", "9处古建筑消防设施改造", wan(100), "改造9处"),
                             ("金额合计", None, wan(430), None)],
                      goal="完成全市不可移动文物复查2860处，改造古建筑消防设施9处，"
                           "博物馆年接待观众38万人次，全年不发生文物安全事故。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("不可移动文物复查数量", 20, "处", "≥", 2860),
        ("博物馆年接待观众人次", 15, "万人次", "≥", 38),
        ("古建筑消防设施改造数量", 15, "处", "≥", 9),
        ("文物安全事故发生数", 10, "起", "≤", 0),
        ("馆藏文物保存完好率", 15, "%", "≥", 99),
        ("文物违法案件下降率", 10, "%", "≥", 10),
        ("社会公众满意度", 15, "%", "≥", 90),
        ("权重合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant(
    "kbk06-department-tasks",
    (12, 5),
    "department, abbreviated and starred tier labels: "
    "tasks not adding to 金额合计, a county count in the goal the indicator gives otherwise",
)
def department_tasks() -> Book:
    goal = ("完成14个县（市、区）文物普查数据复核，出版普查成果图录1部，"
            "开展考古调查勘探面积不少于120万平方米。")  # fmt: skip
    b, s = department(year=2026, dept="澜江省文物考古研究所",
                      budget=[(wan(2150), wan(1900), wan(250), wan(1380), wan(770))],
                      tasks=[("普查数据复核", "14个县（市、区）普查数据复核", wan(320), "复核完成"),
                             ("考古调查勘探", "配合基本建设考古调查勘探", wan(260),
                              "勘探120万平方米"),
                             ("成果出版", "普查成果图录编印", wan(150), "出版图录1部"),
                             ("金额合计", None, mk(wan(770), "B102", "error",
                                                   note="320 + 260 + 150 = 730，不是 770"),
                              None)],
                      goal=ok(goal, "warning", note="D104 may land at the goal"))  # fmt: skip
    s.skip()
    indicators(s, H4, [
        ("*产出", "数量", "普查数据复核县（市、区）数",
         mk("≥12个", "D104", "warning", row=True, note="年度总体目标写14个县（市、区）")),
        (None, None, "考古调查勘探面积", "≥120万平方米"),
        (None, None, "普查成果图录出版", "1部"),
        (None, "质量", "复核数据差错率", "≤0.5%"),
        (None, "时效", "图录出版时间", "2026年12月31日前"),
        ("*成本", "经济成本", "每万平方米勘探成本", "≤2万元"),
        ("*效益", "社会效益", "普查成果社会公开率", "≥90%"),
        ("*满意度", "服务对象满意度", "建设单位满意度", "≥90%"),
    ])  # fmt: skip
    return b
