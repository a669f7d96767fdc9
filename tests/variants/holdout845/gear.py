"""Firefighting gear: protective clothing, breathing apparatus, rescue tools, hoses."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout845.common import (
    DEPT,
    UNIT,
    first,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout845.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
DEPT_NAME = "柘原县消防救援大队（本级）"


@variant(
    "kfw07-ppe-flat-department",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percent cells, weights add to 100, costs equal to their task money (correct)",
)
def kfw07() -> Book:
    b, s = first()
    department_head(
        s,
        year=2025,
        dept=DEPT_NAME,
        budget=[(wan(860), wan(800), wan(60), wan(520), wan(340))],
        tasks=[
            ("灭火防护服更新", "为6个专职消防站更新灭火防护服", wan(150), "配发300套"),
            ("空气呼吸器补充", "补充正压式空气呼吸器", wan(120), "补充60具"),
            ("个人防护装备检测", "全部防护装备年度检测", wan(70), "检测全覆盖"),
            ("金额合计", None, wan(340), None),
        ],
        goal="配发灭火防护服300套（其中新入队员120套、到期更换180套），补充正压式"
        "空气呼吸器60具，完成全部个人防护装备年度检测。",
    )
    s.skip()
    s.row(*FLAT)
    s.table([
        ("灭火防护服配发数量", 15, "套", "≥", 300),
        ("正压式空气呼吸器补充数量", 15, "具", "≥", 60),
        ("防护装备年度检测覆盖率", 15, "%", "=", pct(1)),
        ("灭火防护服单套采购价格", 10, "元/套", "≤", 5000),
        ("空气呼吸器单具采购价格", 10, "元/具", "≤", 20000),
        ("训练伤害事故下降率", 10, "%", "≥", pct(0.1)),
        ("装备检测不合格率", 10, "%", "≤", pct(0.02)),
        ("消防员对防护装备满意度", 15, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    notes(s, "说明：灭火防护服配发数量300套含新入队员120套，不另列指标。")
    sign(s, "范岫云", "0713-6627035", day(2024, 11, 20))
    return b


@variant(
    "kfw08-ppe-flat-wrong",
    (3, 12),
    "department, flat list: tasks not adding to 金额合计, the goal's count against the "
    "indicator's, weights adding to 95",
)
def kfw08() -> Book:
    b, s = first()
    department_head(
        s,
        year=2025,
        dept=DEPT_NAME,
        budget=[(wan(780), wan(720), wan(60), wan(460), wan(320))],
        tasks=[
            ("灭火防护服更新", "更新灭火防护服", wan(140), "配发280套"),
            ("空气呼吸器补充", "补充正压式空气呼吸器", wan(110), "补充80具"),
            ("个人防护装备检测", "全部防护装备年度检测", wan(60), "检测全覆盖"),
            (
                "金额合计",
                None,
                mk(wan(320), "B102", "error", note="140 + 110 + 60 = 310 ≠ 320"),
                None,
            ),
        ],
        goal="配发灭火防护服280套，补充正压式空气呼吸器80具，完成全部个人防护装备年度检测。",
    )
    b.file_mark("W101", "error", note="权重 15+15+15+10+10+15+15 = 95，应为100")
    s.skip()
    s.row(*FLAT)
    s.table([
        ("灭火防护服配发数量", 15, "套", "≥", 280),
        ("正压式空气呼吸器补充数量", 15, "具", "≥",
         mk(60, "D104", "warning", row=True, note="年度总体目标和任务都写补充80具")),
        ("防护装备年度检测覆盖率", 15, "%", "=", pct(1)),
        ("灭火防护服单套采购价格", 10, "元/套", "≤", 5000),
        ("空气呼吸器单具采购价格", 10, "元/具", "≤", 13000),
        ("装备检测不合格率", 15, "%", "≤", pct(0.02)),
        ("消防员对防护装备满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "kfw09-breathing-apparatus-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points and an indicator score column, "
    "both adding to 100, a rate raised in 百分点, a 0起 incident count (correct)",
)
def kfw09() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="正压式空气呼吸器配置及气瓶检测",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(80), wan(70), wan(10)),
        goals=[
            "配置正压式空气呼吸器40具，检测气瓶120只，9月30日前配发至各消防站，"
            "呼吸器完好率比上年提高3个百分点。"
        ],
    )
    indicators(s, POINTS, [
        ("一、产出指标（50分）", "（一）数量指标", "空气呼吸器配置数量", "≥40具", 15),
        (None, None, "气瓶检测数量", "≥120只", 10),
        (None, "（二）质量指标", "呼吸器检测合格率", "=100%", 15),
        (None, "（三）时效指标", "配发完成时间", "2025年9月30日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单具空气呼吸器采购成本", "≤1.6万元/具", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "火场内攻作业呼吸防护事故", "0起", 10),
        (None, None, "内攻训练考核达标率", "≥90%", 10),
        (None, "（二）可持续影响指标", "呼吸器完好率提高", "≥3百分点", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "一线消防员满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "kfw10-gear-points-wrong",
    (5, 10),
    "project, NAT-2021, numbered labels with points: a tier score the indicators do not "
    "reach, a quality rate under 时效, a satisfaction rate under 社会效益",
)
def kfw10() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="消防水带及水枪更新",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(64), wan(60), wan(4)),
        goals=["更新65毫米消防水带400盘、多功能水枪60支，8月底前配发至各消防站。"],
    )
    b.file_mark("W101", "error", required=False, note="产出少5分，总分95：由W103引起")
    indicators(s, POINTS, [
        (mk("一、产出指标（50分）", "W103", "error", note="其下分值 15+10+10+10 = 45"),
         "（一）数量指标", "消防水带更新数量", "≥400盘", 15),
        (None, None, "多功能水枪更新数量", "≥60支", 10),
        (None, "（二）时效指标", "配发完成时间", "2025年8月31日前", 10),
        (None, None, mk("水带耐压检测合格率", "F201", "warning", row=True,
                        note="合格率属质量指标，不是时效"), "≥98%", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "消防水带单盘采购成本", "≤0.12万元/盘", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "火场供水中断次数", "0起", 10),
        (None, None, mk("消防员对器材满意度", "F201", "warning", row=True,
                        note="满意度属服务对象满意度指标，不是社会效益"), "≥90%", 10),
        (None, "（二）可持续影响指标", "水带平均使用年限", "≥5年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "基层消防站满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "kfw11-rescue-tools-second-sheet",
    (7, 4),
    "project: head on the first sheet, the table on a second sheet under 考核指标 and "
    "预期实现值, a note row inside, 填表说明 and signature below (correct)",
)
def kfw11() -> Book:
    b, s = first("项目信息")
    project_head(
        s,
        year=2025,
        name="抢险救援器材（液压破拆工具组）购置",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(95), wan(80), wan(15)),
        goals=["采购液压破拆工具组8套、救生照明线500米，11月底前配发至8个消防站。"],
    )
    t = b.sheet("绩效指标")
    t.title("2025年度抢险救援器材购置绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "液压破拆工具组采购数量", "8套", "每站1套"),
        (None, None, "救生照明线采购长度", "≥500米", None),
        (None, "质量指标", "器材验收合格率", "=100%", None),
        (None, "时效指标", "器材配发完成时间", "2025年11月30日前", None),
        ("注：成本指标按采购合同单价填列，不含运输费。", "", None, None, None),
        ("成本指标", "经济成本指标", "液压破拆工具组单套采购成本", "≤9.5万元/套", None),
        (None, None, "救生照明线单价", "≤300元/米", None),
        ("效益指标", "社会效益指标", "交通事故被困人员破拆救援时间", "≤20分钟", None),
        ("满意度指标", "服务对象满意度指标", "一线消防员满意度", "≥90%", None),
    ])  # fmt: skip
    notes(t, "填表说明：1.指标值含比较符；2.时间类指标填写完成期限。", width=5)
    sign(t, "季明澈", "0713-6621950", day(2024, 12, 2, CN_DATE))
    return b


@variant(
    "kfw12-hose-template-leftover",
    (7, 4),
    "project, NAT-2021, headers 指标内容 and 绩效标准: a template's example row left in, a "
    "unit cost × count above the money",
)
def kfw12() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="消防水带集中采购",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(60), wan(55), wan(5)),
        goals=["采购80毫米消防水带600盘，6月底前配发至全县专职和志愿消防站。"],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "消防水带采购数量", "≥600盘"),
        (None, None, ok("（示例）培训人次", "warning", note="模板示例行，标记在值上"),
         mk("≥XX人次", "X101", "error", note="模板示例行未删除")),
        (None, "质量指标", "水带耐压检测合格率", "=100%"),
        (None, "时效指标", "配发完成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "消防水带单盘采购价格",
         mk("≤0.12万元/盘", "B107", "warning", row=True,
            note="600盘×0.12万元 = 72万元，超过资金总额60万元")),
        ("效益指标", "社会效益指标", "火场供水保障能力", "显著提升"),
        ("满意度指标", "服务对象满意度指标", "基层消防站满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：绩效标准一栏按年度预期实现值填写。")
    return b
