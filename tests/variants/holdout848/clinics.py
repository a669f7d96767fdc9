"""Township hospital TCM clinics (乡镇卫生院中医馆): kfz01–kfz06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout848.common import (
    HEALTH,
    TCM_HOSPITAL,
    first_sheet,
    indicators,
    notes,
    one_year,
    signed,
    wan,
)
from tests.variants.holdout848.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("kfz01-guoyiguan-build", (1, 5, 11, 12),
         "project, NAT-2021, numbered tier labels, operator and unit columns, percent cells, "
         "a 下降率 with ≥ and a rise in 百分点 (correct)")  # fmt: skip
def guoyiguan_build() -> Book:
    b, s = first_sheet()
    project_head(
        s, year=2025, name="乡镇卫生院中医馆服务能力提升项目", dept=HEALTH,
        unit="柘岭县卫生健康局", money=one_year(300, 270, 30),
        goals=["在石磴镇、槐荫乡等乡镇卫生院建设中医馆6个（新建4个、提升改造2个），每馆配置"
               "中医诊疗设备不少于10类，推广中医适宜技术不少于12项。"],
    )  # fmt: skip
    indicators(s, OP_HEAD, [
        ("一、产出指标", "（一）数量指标", "建设乡镇中医馆数量", "=", 6, "个"),
        (None, None, "每馆配置中医诊疗设备种类", "≥", 10, "类"),
        (None, None, "推广中医适宜技术项目数", "≥", 12, "项"),
        (None, "（二）质量指标", "中医馆建设验收合格率", "=", pct(1), "%"),
        (None, None, "设备安装调试合格率", "≥", pct(0.98), "%"),
        (None, "（三）时效指标", "项目完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        ("二、成本指标", "（一）经济成本指标", "单个中医馆建设补助标准", "≤", 45, "万元/个"),
        ("三、效益指标", "（一）社会效益指标", "乡镇卫生院中医诊疗人次占比提高", "≥", 3, "百分点"),
        (None, None, "患者平均候诊时间下降率", "≥", pct(0.1), "%"),
        (None, "（二）可持续影响指标", "中医馆持续运行年限", "≥", 5, "年"),
        ("四、满意度指标", "（一）服务对象满意度指标", "就诊群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signed(s, "邬晓岚", "0793-5216408", (2024, 11, 18))
    return b


@variant("kfz02-guoyiguan-goal-count", (11, 12),
         "project, NAT-2021, operators inside the values: the goal's 8 clinics against 6 "
         "in the indicator, a cost standard × count above the money, a deadline left from "
         "last year")  # fmt: skip
def guoyiguan_goal_count() -> Book:
    b, s = first_sheet()
    goal = ok("对樟坑镇、岚桥乡等8个乡镇卫生院中医馆提档升级，每馆配备中医医师不少于2名，"
              "年内完成全部改造并投入使用。", "warning",
              note="D104 may land at the goal text")  # fmt: skip
    project_head(
        s, year=2025, name="乡镇卫生院中医馆提档升级项目", dept=HEALTH,
        unit="柘岭县卫生健康局", money=one_year(320, 320, 0), goals=[goal],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "提档升级中医馆数量",
         mk("≥6个", "D104", "warning", row=True, note="年度目标写8个乡镇卫生院中医馆")),
        (None, None, "每馆配备中医医师人数", "≥2名"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间",
         mk("2024年9月30日前", "Y102", "error", row=True, alt=("Y103",),
            note="预算年度2025年，期限却在上一年：上年申报表的残留")),
        ("成本指标", "经济成本指标", "单馆提档升级补助标准",
         mk("≤60万元/个", "B107", "warning", row=True,
            note="60万元/个×6个=360万元，超过年度资金320万元")),
        ("效益指标", "社会效益指标", "乡镇中医药服务可及性", "明显提高"),
        ("满意度指标", "服务对象满意度指标", "就诊患者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kfz03-hospital-department", (4, 10, 12),
         "department (county TCM hospital), NAT-2021, tier points in the labels and "
         "indicator points, a 百分点 rise, tasks adding to 金额合计, a footnote on the total "
         "(correct)")  # fmt: skip
def hospital_department() -> Book:
    b, s = first_sheet("部门整体")
    department_head(
        s, year=2025, dept=TCM_HOSPITAL,
        budget=[(wan(2860), wan(1960), wan(900), wan(2100), wan(760))],
        tasks=[
            ("乡镇中医馆技术帮扶", "派驻中医师坐诊带教", wan(180), "帮扶乡镇卫生院12个"),
            ("中医重点专科建设", "建设针灸推拿、骨伤两个县级重点专科", wan(380), "建成重点专科2个"),
            ("中药饮片质量管理", "饮片抽检、煎药室规范化改造", wan(200), "饮片抽检合格率≥98%"),
            ("金额合计", None, wan(760), None),
        ],
        goal="帮扶12个乡镇卫生院中医馆（其中偏远乡镇5个、中心乡镇7个），建成县级中医重点专科2个，"
             "县域中医药服务能力持续提升。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "帮扶乡镇卫生院数量", "≥12个", 15),
        (None, None, "建设县级中医重点专科", "=2个", 10),
        (None, "质量指标", "中药饮片抽检合格率", "≥98%", 15),
        (None, "时效指标", "重点专科建设完成时间", "2025年12月31日前", 10),
        ("成本指标（10分）", "经济成本指标", "中药饮片质量管理经费", "≤200万元", 10),
        ("效益指标（30分）", "社会效益指标", "县域中医诊疗人次占比", "提高≥2百分点", 15),
        (None, None, "乡镇卫生院中医馆覆盖率", "=100%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "受帮扶医务人员满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：一级指标括号内为该级分值，与三级指标分值是同一个100分的两级分解，不另行累加。")
    signed(s, "骆伟宸", "0793-5230617", (2024, 11, 20))
    return b


@variant("kfz04-centre-department-wrong", (12,),
         "department (county TCM service centre), NAT-2021: key tasks not adding to 金额合计, "
         "a satisfaction rate under 社会效益")  # fmt: skip
def centre_department_wrong() -> Book:
    b, s = first_sheet("部门整体")
    department_head(
        s, year=2025, dept="柘岭县中医药发展服务中心",
        budget=[(wan(1290), wan(1100), wan(190), wan(800), wan(490))],
        tasks=[
            ("中医馆运行指导", "对乡镇中医馆开展季度业务督导", wan(120), "督导乡镇中医馆48次"),
            ("中医药人才培养", "组织基层中医药人员进修", wan(260), "进修人员≥40人"),
            ("中医药健康宣传", "开展中医药文化进乡村活动", wan(90), "宣传活动≥30场"),
            ("金额合计", None,
             mk(wan(490), "B102", "error", note="120+260+90=470，与金额合计490不符（差20）"),
             None),
        ],
        goal="督导乡镇中医馆规范运行，培养基层中医药人员40人以上，开展中医药文化宣传30场以上。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "乡镇中医馆督导次数", "≥48次"),
        (None, None, "基层中医药人员进修人数", "≥40人"),
        (None, None, "中医药文化宣传场次", "≥30场"),
        (None, "质量指标", "进修人员考核合格率", "≥90%"),
        (None, "时效指标", "督导任务完成时间", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "人均进修费用", "≤6万元/人"),
        ("效益指标", "社会效益指标", "群众中医药健康文化知晓率", "≥80%"),
        (None, None, mk("患者对中医馆服务满意度", "F201", "warning", row=True,
                        alt=("F105",), note="满意度指标填在社会效益指标下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "进修人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kfz05-stacked-two-clinics", (2, 4),
         "two one-year projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator with different values in each, a note row between them (correct)")  # fmt: skip
def stacked_two_clinics() -> Book:
    b, s = first_sheet("项目表")
    s.title("2025年度项目支出绩效目标申报表（乡镇中医馆设备）", 6)
    s.row("项目一", merge=[(1, 6)])
    project_head(
        s, year=2025, name="石磴镇卫生院中医馆设备购置项目", dept=HEALTH,
        unit="柘岭县石磴镇卫生院", money=one_year(48, 48, 0), title="",
        goals=["购置针灸、熏蒸、牵引等中医诊疗设备12台，中医馆年内开诊。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "中医诊疗设备购置数量", "≥12台"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备安装完成时间", "2025年8月31日前"),
        (None, "成本指标", "设备购置平均单价", "≤4万元/台"),
        ("效益指标", "社会效益指标", "镇卫生院中医诊疗人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：设备清单见附件1，项目二的设备清单见附件2。")
    s.row("项目二", merge=[(1, 6)])
    project_head(
        s, year=2025, name="槐荫乡卫生院中医馆设备购置项目", dept=HEALTH,
        unit="柘岭县槐荫乡卫生院", money=one_year(36, 30, 6), title="",
        goals=["购置中医诊疗设备9台，完善中医馆功能分区。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "中医诊疗设备购置数量", "≥9台"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备安装完成时间", "2025年9月30日前"),
        (None, "成本指标", "设备购置平均单价", "≤4万元/台"),
        ("效益指标", "社会效益指标", "乡卫生院中医诊疗人次", "≥4000人次"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥88%"),
    ])  # fmt: skip
    signed(s, "卜雨桐", "0793-5241172", (2024, 12, 2))
    return b


@variant("kfz06-stacked-year-left", (2, 8),
         "two projects stacked, the second over 2025–2027 with 中期 and 年度 columns: a year "
         "left in the first goal, an annual count above its period count")  # fmt: skip
def stacked_year_left() -> Book:
    b, s = first_sheet("项目表")
    project_head(
        s, year=2025, name="梅垄乡卫生院中医馆装修项目", dept=HEALTH,
        unit="柘岭县梅垄乡卫生院", money=one_year(25, 25, 0),
        goals=[mk("完成梅垄乡卫生院中医馆装修和诊室改造4间，2024年底前开诊。", "Y103", "warning",
                  alt=("Y101", "Y102"), note="预算年度2025年，目标写2024年底前开诊：上年文字残留")],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造中医诊室数量", "≥4间"),
        (None, "质量指标", "装修工程验收合格率", "=100%"),
        (None, "时效指标", "装修完成时间", "2025年10月31日前"),
        (None, "成本指标", "诊室改造平均费用", "≤6万元/间"),
        ("效益指标", "社会效益指标", "乡卫生院中医门诊人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, years=3, name="竹坞镇中医特色卫生院创建项目", dept=HEALTH,
        unit="柘岭县竹坞镇卫生院", title="",
        money=[
            ("中期资金总额", wan(240), "年度资金总额", wan(90)),
            ("其中：财政拨款", wan(210), "其中：财政拨款", wan(80)),
            ("其他资金", wan(30), "其他资金", wan(10)),
        ],
        goals=["三年内建成中医特色卫生院，培训中医药人员60人次，中医诊疗人次占比达到35%。",
               "完成中医综合服务区改造，培训中医药人员20人次。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "培训中医药人员人次", "≥60人次",
         mk("≥80人次", "D201", "error", alt=("D104",), note="年度80人次高于三年合计60人次")),
        (None, None, "改造中医综合服务区面积", "≥600平方米", "≥400平方米"),
        (None, "质量指标", "中医药人员培训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度改造任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训费用", "≤0.5万元/人次", "≤0.5万元/人次"),
        ("效益指标", "社会效益指标", "中医诊疗人次占比", "≥35%", "≥25%"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
