"""Several projects stacked in one sheet, each with its own head, money and indicator table
(pu01–pu05): one value column or 中期/年度 columns, each project with its own findings."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout219.common import (
    ONE,
    TWO,
    book,
    indicators,
    one_year,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout219.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT01 = "澄溪县医疗保障局（415）"
UNIT01 = "澄溪县医疗保障事务中心"


@variant("pu01-three-insurance-projects", (1, 2), "three one-year projects stacked, OLD-NAT, "
         "one value column: the same 满意度 name with a value per project, a percent cell "
         "(correct)")  # fmt: skip
def pu01() -> Book:
    b, s = book("项目绩效目标")
    one_year(
        s, year=2026, name="医疗保障基金监管专项", dept=DEPT01, unit=UNIT01,
        money=(wan(85), wan(80), wan(5)), title="澄溪县医疗保障局2026年度项目支出绩效目标表",
        goal="全年检查定点医药机构160家以上，飞行检查4次，违规基金全额追回。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "定点医药机构现场检查家数", "≥160家"),
        (None, None, "医保基金专项飞行检查次数", "≥4次"),
        (None, "质量指标", "违规医保基金追回率", "=100%"),
        (None, None, "医疗费用结算差错率", "≤0.3%"),
        (None, "时效指标", "投诉举报线索核查办结时限", "≤30个工作日"),
        (None, "成本指标", "单家机构现场检查成本", "≤4000元/家"),
        ("效益指标", "社会效益指标", "欺诈骗保案件发生起数", "较上年下降"),
        (None, "可持续影响指标", "医保基金智能监控规则库", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", pct(0.95)),
    ])  # fmt: skip
    s.skip()
    one_year(
        s, year=2026, name="城乡居民医疗救助资金", dept=DEPT01, unit=UNIT01, title="",
        money=(wan(360), wan(300), wan(60)),
        goal="资助6000名困难群众参保，医疗救助4500人次以上，住院费用救助比例不低于70%。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "医疗救助人次", "≥4500人次"),
        (None, None, "资助困难群众参保人数", "≥6000人"),
        (None, "质量指标", "救助对象身份核准率", "≥98%"),
        (None, "时效指标", "救助资金拨付时限", "≤15个工作日"),
        (None, "成本指标", "人均资助参保标准", "≤380元/人"),
        ("效益指标", "社会效益指标", "政策范围内住院费用救助比例", "≥70%"),
        (None, "可持续影响指标", "防范因病返贫致贫长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥92%"),
    ])  # fmt: skip
    s.skip()
    one_year(
        s, year=2026, name="长期护理保险试点经办", dept=DEPT01, unit=UNIT01, title="",
        money=(wan(48), wan(48), wan(0)),
        goal="完成1200名申请人员失能等级评估，评估结论按时出具。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "失能等级评估人数", "≥1200人"),
        (None, "质量指标", "失能评估复核准确率", "≥95%"),
        (None, "时效指标", "评估结论出具时限", "≤20个工作日"),
        (None, "成本指标", "单人失能评估费用", "≤300元/人"),
        ("效益指标", "社会效益指标", "失能人员家庭照护负担", "有效减轻"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦嘉禾", "蒋书澜", "0739-52806134")
    return b


@variant("pu02-second-project-money", (2, 11, 12), "two one-year projects stacked, OLD-NAT: "
         "the second's 总额 ≠ 财政拨款 + 其他资金 and a 差错率 with ≥")  # fmt: skip
def pu02() -> Book:
    b, s = book("Sheet1")
    dept = "岚峰县卫生健康局（302）"
    one_year(
        s, year=2026, name="基本公共卫生服务项目", dept=dept, unit="岚峰县基层卫生指导中心",
        money=(wan(640), wan(600), wan(40)),
        goal="老年人健康管理18000人以上，高血压患者规范管理9500人以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥18000人"),
        (None, None, "高血压患者规范管理人数", "≥9500人"),
        (None, "质量指标", "健康档案规范化电子建档率", "≥90%"),
        (None, None, "健康档案信息差错率", "≤2%"),
        (None, "时效指标", "补助资金拨付时限", "≤20个工作日"),
        (None, "成本指标", "人均基本公共卫生服务补助标准", "≤94元/人"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    one_year(
        s, year=2026, name="严重精神障碍患者服药补助", dept=dept, unit="岚峰县精神卫生中心",
        money=(mk(wan(120), "B101", "error", note="100 + 15 = 115"), wan(100), wan(15)),
        title="", goal="为在册严重精神障碍患者免费提供基础药物，规范服药率80%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "享受服药补助患者人数", "≥1000人"),
        (None, "质量指标", "患者规范服药率", "≥80%"),
        (None, None, "补助资金发放差错率",
         mk("≥0.5%", "T108", "warning", row=True, note="a 差错率 is 反向: ≤0.5% meant")),
        (None, "时效指标", "补助资金按季度发放及时率", "≥95%"),
        (None, "成本指标", "人均年度服药补助标准", "≤1000元/人"),
        ("效益指标", "社会效益指标", "患者肇事肇祸案件发生数", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "患者家属满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃怀瑾", "龙一帆", "0745-63217598")
    return b


@variant("pu03-multi-year-over-one-year", (2, 8), "a three-year project with 中期/年度 columns "
         "stacked over a one-year project whose two columns and goals agree (correct)")  # fmt: skip
def pu03() -> Book:
    b, s = book("绩效目标表")
    dept = "霁川县卫生健康局（508）"
    project_head(
        s, year=2026, name="县域紧密型医共体信息化建设", dept=dept, years=3, attr="新增项目",
        unit="霁川县人民医院", money=period_money((wan(900), wan(800), wan(100)),
                                                  (wan(360), wan(320), wan(40))),
        goals=["三年内26家基层医疗机构全部接入医共体信息平台，实现检查检验结果互认、"
               "远程心电诊断覆盖全县，县域内就诊率稳定在90%以上。",
               "本年度完成10家乡镇卫生院接入，开展远程心电诊断4000人次以上，"
               "检查检验结果互认率达到90%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "接入医共体信息平台的基层医疗机构数", "≥26家", "≥10家"),
        (None, None, "远程心电诊断服务人次", "≥15000人次", "≥4000人次"),
        (None, "质量指标", "检查检验结果互认率", "≥90%", "≥90%"),
        (None, "时效指标", "平台系统故障修复时限", "≤4小时", "≤4小时"),
        ("成本指标", "经济成本指标", "单家基层机构接入成本", "≤30万元/家", "≤30万元/家"),
        ("效益指标", "社会效益指标", "县域内就诊率", "≥90%", "≥88%"),
        (None, "可持续影响指标", "医共体信息互联互通机制", "健全", "逐步健全"),
        ("满意度指标", "服务对象满意度指标", "基层医务人员满意度", "≥88%", "≥88%"),
    ])  # fmt: skip
    s.skip()
    same = "为全县在岗乡村医生按月发放岗位补助，稳定村医队伍，保障村卫生室正常运转。"
    project_head(
        s, year=2026, name="乡村医生岗位补助", dept=dept, unit="霁川县基层卫生服务中心",
        money=one_year_money(wan(210), wan(210), wan(0)), title="", goals=[same, same],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "享受岗位补助的在岗乡村医生人数", "≥350人", "≥350人"),
        (None, "质量指标", "补助对象核实准确率", "=100%", "=100%"),
        (None, "时效指标", "补助资金发放时间", "2026年12月20日前", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "人均岗位补助标准", "≤6000元/人", "≤6000元/人"),
        ("效益指标", "社会效益指标", "村卫生室服务覆盖率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "乡村医生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "严若溪", "杜启航", "0716-85421730")
    return b


@variant("pu04-period-faults-per-project", (2, 8), "two multi-year projects stacked, NAT-2021, "
         "中期/年度 columns: a count copied in the first, an annual count above its period "
         "count and a copied goal in the second")  # fmt: skip
def pu04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 14))
    dept = "鹤屿市医疗保障局（211）"
    project_head(
        s, year=2026, name="医保支付方式改革提升", dept=dept, years=3,
        unit="鹤屿市医疗保障服务中心",
        money=period_money((wan(450), wan(450), wan(0)), (wan(150), wan(150), wan(0))),
        goals=["到2028年全市住院费用全面实行按病种分值付费，病种分值库年年动态调整，"
               "三年培训医保业务骨干900人次。",
               "本年度完成病种分值库首次调整，开展DIP业务培训，住院次均费用增长率控制在5%以内。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "医保业务骨干培训人次", "≥900人次",
         mk("≥900人次", "D202", "warning", note="a three-year training count copied")),
        (None, None, "病种分值库动态调整次数", "≥3次", "≥1次"),
        (None, "质量指标", "DIP付费病种入组率", "≥95%", "≥95%"),
        (None, "时效指标", "月度结算清算完成时限", "≤20个工作日", "≤20个工作日"),
        ("成本指标", "经济成本指标", "培训人均成本", "≤300元/人次", "≤300元/人次"),
        ("效益指标", "社会效益指标", "参保患者住院次均费用增长率", "≤5%", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "定点医疗机构满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    s.skip()
    goal = "为居家失能参保人员提供上门护理服务，培训护理员，减轻失能人员家庭照护负担。"
    project_head(
        s, year=2026, name="长期护理保险居家护理服务", dept=dept, years=2, title="",
        unit="鹤屿市医疗保障服务中心",
        money=period_money((wan(240), wan(200), wan(40)), (wan(130), wan(110), wan(20))),
        goals=[goal, mk(goal, "D204", "warning", note="a two-year goal copied")],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "居家上门护理服务人次", "≥1200人次",
         mk("≥1500人次", "D201", "error", note="a year above its two-year period")),
        (None, None, "培训护理员人数", "≥300人", "≥160人"),
        (None, "质量指标", "护理服务质量抽查合格率", "≥95%", "≥95%"),
        (None, "时效指标", "护理费用月度结算时限", "≤15个工作日", "≤15个工作日"),
        ("成本指标", "经济成本指标", "居家护理服务补助标准", "≤50元/人次", "≤50元/人次"),
        ("效益指标", "社会效益指标", "失能人员家庭照护负担", "有效减轻", "有效减轻"),
        ("满意度指标", "服务对象满意度指标", "失能人员家属满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯望舒", "聂云帆", "0668-27394016")
    return b


@variant("pu05-three-projects-own-faults", (2,), "three one-year projects stacked, "
         "OLD-NAT: a 管理率 given as a count in the second, a 时效指标 under 效益指标 in the "
         "third")  # fmt: skip
def pu05() -> Book:
    b, s = book("柘湾县卫健局项目")
    dept = "柘湾县卫生健康局（306）"
    one_year(
        s, year=2025, name="家庭医生签约服务", dept=dept, unit="柘湾县基层卫生指导中心",
        money=(wan(180), wan(150), wan(30)), goal="重点人群签约42000人以上，覆盖率不低于75%。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "重点人群家庭医生签约人数", "≥42000人"),
        (None, "质量指标", "签约居民履约服务规范率", "≥90%"),
        (None, "时效指标", "签约服务费季度结算及时率", "≥95%"),
        (None, "成本指标", "签约服务费财政补助标准", "≤40元/人"),
        ("效益指标", "社会效益指标", "重点人群家庭医生签约覆盖率", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    one_year(
        s, year=2025, name="慢性病综合防控示范区建设", dept=dept, title="",
        unit="柘湾县疾病预防控制中心", money=(wan(95), wan(95), wan(0)),
        goal="筛查慢性病高危人群8000人以上，落实患者规范管理。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "慢性病高危人群筛查人数", "≥8000人"),
        (None, "质量指标", "慢性病患者规范管理率",
         mk("≥3000人", "T105", "error", note="a 管理率 needs a percentage")),
        (None, "时效指标", "筛查结果反馈时限", "≤7个工作日"),
        (None, "成本指标", "单人筛查成本", "≤80元/人"),
        ("效益指标", "社会效益指标", "居民慢性病防治知识知晓率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "筛查对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    one_year(
        s, year=2025, name="院前急救网络能力提升", dept=dept, unit="柘湾县急救指挥中心",
        money=(wan(260), wan(200), wan(60)), title="",
        goal="新建急救站点3个，更新车载急救设备12台套，缩短院前急救反应时间。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新增急救站点数", "≥3个"),
        (None, None, "车载急救设备更新台套数", "≥12台套"),
        (None, "质量指标", "急救设备验收合格率", "=100%"),
        (None, "时效指标", "设备采购安装完成时间", "2025年10月31日前"),
        (None, "成本指标", "单个急救站点建设成本", "≤60万元/个"),
        ("效益指标", "社会效益指标", "院前急救呼叫满足率", "≥95%"),
        (None, mk("时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "急救平均反应时间", "≤12分钟"),
        (None, "可持续影响指标", "院前急救网络运行机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "急救服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎晚晴", "温立川", "0762-46138205")
    return b
