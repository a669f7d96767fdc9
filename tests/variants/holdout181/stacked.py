"""Two projects stacked in one sheet (§3.3), each with its own head block and indicator table."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout181.common import YEAR, indicators, signature, wan
from tests.variants.holdout181.registry import variant
from tests.variants.kit import Book, mk

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("oi09-stacked-village-correct", (2, 4),
         "two one-year projects of a town stacked in one sheet, OLD-NAT, one value column; the "
         "same names 维修完成及时率 and 村民满意度 with other values in each project, standards "
         "× counts within each project's money; correct")  # fmt: skip
def oi09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 20, 16, 16))
    project_head(
        s, year=YEAR, name="村级公益设施维护", dept="枫林镇人民政府（301）",
        unit="枫林镇农业农村服务中心", attr="常年项目",
        title="2026年度项目支出绩效目标申报表（一）",
        money=[("年度资金总额", wan(85.00)), ("其中：财政拨款", wan(80.00)),
               ("其他资金", wan(5.00))],
        goals=["维修村级道路、桥涵、路灯等公益设施，消除安全隐患，方便村民生产生活。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "维修村级公益设施", "≥40处"),
        ("产出指标", "质量指标", "维修工程验收合格率", "=100%"),
        ("产出指标", "时效指标", "维修完成及时率", "≥95%"),
        ("产出指标", "成本指标", "单处设施平均维修成本", "≤2.0万元/处"),
        ("效益指标", "社会效益指标", "公益设施安全责任事故", "=0起"),
        ("效益指标", "可持续影响指标", "公益设施管护制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s, year=YEAR, name="农村集中供水工程运行维护", dept="枫林镇人民政府（301）",
        unit="枫林镇水利站", attr="常年项目",
        title="2026年度项目支出绩效目标申报表（二）",
        money=[("年度资金总额", wan(126.00)), ("其中：财政拨款", wan(110.00)),
               ("其他资金", wan(16.00))],
        goals=["做好农村集中供水工程日常运行维护和水质检测，保障农村群众饮水安全。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "维护集中供水工程", "≥28处"),
        ("产出指标", "质量指标", "供水水质达标率", "≥95%"),
        ("产出指标", "时效指标", "维修完成及时率", "=100%"),
        ("产出指标", "成本指标", "单处供水工程年维护成本", "≤4.2万元/处"),
        ("效益指标", "社会效益指标", "农村集中供水率", "≥92%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, "注：两个项目分别申报，金额单位为万元。")
    return b


@variant("oi16-stacked-schools-standard-count-under-cost", (2, 5, 12),
         "two one-year projects of an education bureau stacked in one sheet, OLD-NAT, one value "
         "column: in the second, 3000元/人·年 × 420人 above the 110万元 and a 培训场次 count under "
         "产出/成本指标")  # fmt: skip
def oi16() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 14, 32, 20, 16, 16))
    project_head(
        s, year=YEAR, name="中小学校园安保服务", dept="临江市教育局（260）",
        unit="临江市教育局", attr="常年项目",
        money=[("年度资金总额", wan(240.00)), ("其中：财政拨款", wan(240.00)),
               ("其他资金", wan(0))],
        goals=["为城乡中小学配备专职保安，落实校园安全防范措施，维护正常教育教学秩序。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "配备专职保安学校数", "≥62所"),
        ("产出指标", "质量指标", "安保人员持证上岗率", "=100%"),
        ("产出指标", "时效指标", "安保服务费拨付及时率", "≥95%"),
        ("产出指标", "成本指标", "每校年均安保服务费", "≤3.8万元/所·年"),
        ("效益指标", "社会效益指标", "校园安全责任事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=YEAR, name="家庭经济困难寄宿生生活补助", dept="临江市教育局（260）",
        unit="临江市学生资助管理中心", attr="常年项目", title="",
        money=[("年度资金总额", wan(110.00)), ("其中：财政拨款", wan(100.00)),
               ("其他资金", wan(10.00))],
        goals=["按标准发放家庭经济困难寄宿生生活补助，保障困难学生顺利完成学业。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "资助家庭经济困难寄宿生人数", "≥420人"),
        ("产出指标", "质量指标", "资助对象识别准确率", "=100%"),
        ("产出指标", "时效指标", "补助资金发放及时率", "=100%"),
        ("产出指标", "成本指标", "寄宿生生活补助标准",
         mk("≤3000元/人·年", "B107", "warning", row=True,
            note="3000 × 420 = 126万元 > 110万元")),
        ("产出指标", "成本指标",
         mk("学生资助业务培训场次", "F201", "warning", row=True,
            note="a count of sessions, an output, under 成本指标"), "≥6场"),
        ("效益指标", "社会效益指标", "家庭经济困难寄宿生资助覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%"),
    ])  # fmt: skip
    return b
