"""Cochlear implant (人工耳蜗) returns for children: points at two levels, 中期 and 年度,
header words, template rows left empty."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout466.common import (
    YEAR,
    funds,
    funds_period,
    indicators,
    note,
    signature,
    start,
    wan,
)
from tests.variants.holdout466.registry import variant
from tests.variants.kit import Book, day, mk, ok

DEPT = "栖峰市残疾人联合会（512）"
UNIT = "栖峰市听力言语康复中心"
PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
GOAL = "为符合条件的听障儿童免费植入人工耳蜗并提供术后调机和康复训练，帮助其回归有声世界。"


@variant("zh07-implant-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）), "
         "indicator scores adding up to each tier, a 合计 of 100, 百分点 (correct)")  # fmt: skip
def zh07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="栖峰市听障儿童人工耳蜗救助项目", dept=DEPT, unit=UNIT,
                 money=funds(wan(300), wan(270), wan(30)), goals=[GOAL])  # fmt: skip
    indicators(s, PTS, [
        ("一、产出指标（40分）", "（一）数量指标", "人工耳蜗植入儿童数", "≥40人", 15),
        (None, None, "合作定点植入医院数", "≥3家", 10),
        (None, "（二）质量指标", "植入手术成功率", "≥98%", 10),
        (None, "（三）时效指标", "术后开机调试及时率", "≥95%", 5),
        ("二、成本指标（20分）", "（一）经济成本指标", "每例人工耳蜗产品及手术补助标准",
         "≤6万元/例", 10),
        (None, None, "每名儿童术后康复训练补助标准", "≤1.2万元/人", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "受助儿童听觉言语康复有效率较上年提高",
         "≥3百分点", 15),
        (None, "（二）可持续影响指标", "受助儿童随访建档率", "≥95%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "受助儿童家长满意度", "≥92%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    signature(s, "卢嘉沐", "0593-2846715")
    return b


@variant("zh08-implant-points-wrong", (5, 10),
         "project, NAT-2021, tier points in the labels against the indicator scores under "
         "them (two tiers off, the total still 100), one rate given as a count")  # fmt: skip
def zh08() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="蓼川区儿童人工耳蜗植入补助项目", dept="蓼川区残疾人联合会",
                 unit="蓼川区残疾人康复服务站", money=funds(wan(150), wan(150), wan(0)),
                 goals=[GOAL])  # fmt: skip
    indicators(s, PTS, [
        (mk("一、产出指标（40分）", "W103", "error", note="40分，其下 15+10+20=45"),
         "（一）数量指标", "人工耳蜗植入儿童数", "≥20人", 15),
        (None, None, ok("术后设备开机率", note="比率放在数量指标下，可容忍 F201"),
         mk("≥20人", "T105", "error", note="开机率写成人数，应为百分比"), 10),
        (None, "（二）质量指标", "植入手术成功率", "≥98%", 20),
        ("二、成本指标（20分）", "（一）经济成本指标", "每例人工耳蜗产品及手术补助标准",
         "≤6万元/例", 20),
        (mk("三、效益指标（30分）", "W103", "error", note="30分，其下 15+10=25"),
         "（一）社会效益指标", "受助儿童入普通幼儿园比例", "≥60%", 15),
        (None, "（二）可持续影响指标", "受助儿童随访建档率", "≥95%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "受助儿童家长满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    signature(s, "庞亦舟", "0593-7719024")
    return b


@variant("zh09-implant-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: counts smaller in the year, rates "
         "and unit costs legitimately equal, distinct goals (correct)")  # fmt: skip
def zh09() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=YEAR, name="栖峰市听障儿童人工耳蜗三年救助行动", dept=DEPT, unit=UNIT,
                 years=3, attr="新增项目",
                 money=funds_period((wan(900), wan(810), wan(90)), (wan(300), wan(270), wan(30))),
                 goals=["三年内为120名听障儿童植入人工耳蜗并完成康复训练。",
                        "本年度为40名听障儿童植入人工耳蜗，建立术后随访档案。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "人工耳蜗植入儿童数", "≥120人", "≥40人"),
        (None, "质量指标", "植入手术成功率", "≥98%", "≥98%"),
        (None, "时效指标", "术后开机调试及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每例人工耳蜗产品及手术补助标准", "≤6万元/例", "≤6万元/例"),
        ("效益指标", "社会效益指标", "受助儿童听觉言语康复有效率", "≥85%", "≥85%"),
        (None, "可持续影响指标", "受助儿童随访建档率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "卢嘉沐", "0593-2846715")
    return b


@variant("zh10-implant-period-defects", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "cumulative count copied to the year, an annual count above its period count")  # fmt: skip
def zh10() -> Book:
    b, s = start("绩效目标表")
    text = "三年内为60名听障儿童植入人工耳蜗并完成术后康复训练。"
    project_head(s, year=YEAR, name="蓼川区听障儿童人工耳蜗康复工程", dept="蓼川区残疾人联合会",
                 unit="蓼川区残疾人康复服务站", years=3, attr="新增项目",
                 money=funds_period((wan(1200), wan(1120), wan(80)),
                                    (wan(400), wan(370), wan(30))),
                 goals=[text, mk(text, "D204", "warning", note="照抄中期目标")])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "人工耳蜗植入儿童数", "≥60人",
         mk("≥60人", "D202", "warning", note="三年累计人数照抄到年度")),
        (None, None, "术后开机调试服务人次", "≥450人次",
         mk("≥500人次", "D201", "error", note="年度 500 大于三年 450")),
        (None, "质量指标", "植入手术成功率", "≥98%", "≥98%"),
        ("成本指标", "经济成本指标", "每例人工耳蜗产品及手术补助标准", "≤6万元/例", "≤6万元/例"),
        ("效益指标", "社会效益指标", "受助儿童听觉言语康复有效率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "庞亦舟", "0593-7719024")
    return b


@variant("zh11-implant-header-words", (4, 7),
         "project, OLD-NAT, two-row header (绩效指标 over 指标内容, 绩效标准 and a 评价标准 text "
         "column), a 说明 row inside the table and a 注 under it (correct)")  # fmt: skip
def zh11() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄岭县儿童人工耳蜗术后康复补助项目",
                 dept="澄岭县残疾人联合会", unit="澄岭县特殊教育学校",
                 money=funds(wan(60), wan(54), wan(6)),
                 goals=["为本县已植入人工耳蜗的学龄前儿童提供康复训练补助。"])  # fmt: skip
    s.row("绩效指标", None, None, "预期目标", "评价标准", merge=[(1, 3)])
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", None), [
        ("产出指标", "数量指标", "康复训练补助儿童数", "≥45人", "每少1人扣0.5分"),
        (None, "质量指标", "康复训练课程达标率", "≥95%", "按比例计分"),
        (None, "时效指标", "补助资金按季度拨付及时率", "=100%", "逾期一次扣1分"),
        (None, "成本指标", "每名儿童康复训练补助标准", "≤1.2万元/人", "超标准不得分"),
        ("（说明：指标内容应可量化，定性指标请写明分级标准）", "", "", "", ""),
        ("效益指标", "社会效益指标", "受助儿童进入普通幼儿园人数", "≥12人", "按比例计分"),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥90%", "按比例计分"),
    ])  # fmt: skip
    note(s, "注：补助标准依据《澄岭县残疾儿童康复救助实施细则》（计划标准）确定。")
    signature(s, "温若溪", "0598-5532716", day(YEAR, 1, 8))
    return b


@variant("zh12-implant-template-empty", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 rows left from the template without "
         "indicator or value, one value whose name cell is empty")  # fmt: skip
def zh12() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="栖峰市新生儿听力筛查及人工耳蜗转介项目", dept=DEPT,
                 unit="栖峰市妇幼保健院", money=funds(wan(80), wan(80), wan(0)),
                 goals=["完成全市新生儿听力筛查，确诊听障儿童及时转介人工耳蜗救助。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "新生儿听力初筛人数", "≥9000人"),
        (None, "质量指标", "初筛阳性儿童复筛率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("成本指标", "经济成本指标", "每例听力初筛补助标准", "≤60元/例"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("效益指标", "社会效益指标", "确诊听障儿童转介救助率", "≥90%"),
        (None, None, mk(None, "F110", "error", note="有指标值无名称"), "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受检新生儿家长满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "卢嘉沐", "0593-2846715")
    return b
