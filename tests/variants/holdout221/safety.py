"""应急管理 and 消防 returns: headers 绩效标准, 预期实现值, 考核指标 and 评价标准, direction
columns (指标方向, 指标性质), operators in words, 中期 and 年度 columns, points in the tier
labels (pw01–pw06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout221.common import (
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout221.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("pw01-enforcement-standard-header", (7, 11), "one-year project, NAT-2021, header "
         "绩效标准 and a 指标方向 column (正向/反向): 隐患整改率 ≥, 投诉核查办结时限 ≤, "
         "死亡人数 ≤, =0起, ≥5百分点 (correct)")  # fmt: skip
def pw01() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 20, 12))
    project_head(
        s, year=2026, name="安全生产监管执法专项经费", dept="青岚市应急管理局（412）",
        unit="青岚市应急管理综合行政执法支队",
        money=one_year_money(wan(186), wan(186), wan(0)),
        goals=["2026年对辖区工矿商贸企业开展安全生产执法检查不少于1500家次，重大事故隐患按期整改，"
               "全年不发生较大及以上生产安全事故，生产安全事故死亡人数控制在上级下达的指标以内。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效标准", "指标方向"), [
        ("产出指标", "数量指标", "安全生产执法检查企业", "≥1500家次", "正向"),
        (None, None, "执法人员业务培训", "≥120人次", "正向"),
        (None, "质量指标", "重大事故隐患整改率", "≥95%", "正向"),
        (None, None, "执法文书规范率", "≥98%", "正向"),
        (None, "时效指标", "举报投诉核查办结时限", "≤15个工作日", "反向"),
        (None, None, "事故隐患整改复查时限", "3个工作日内", "反向"),
        ("成本指标", "经济成本指标", "单家次执法检查成本", "≤1200元/家次", "反向"),
        ("效益指标", "社会效益指标", "较大及以上生产安全事故起数", "=0起", "反向"),
        (None, None, "生产安全事故死亡人数", "≤12人", "反向"),
        (None, "可持续影响指标", "规上工矿企业安全生产标准化达标率提升幅度", "≥5百分点", "正向"),
        ("满意度指标", "服务对象满意度指标", "被检查企业对执法规范性的满意度", "≥90%", "正向"),
    ])  # fmt: skip
    sign(s, "韩立新", "邵雅琴", "0739-5216048", "填报日期：2025年11月18日")
    return b


@variant("pw02-fire-rescue-nature-column", (11,), "one-year project, NAT-2021, 指标性质 as "
         "direction (正向/反向/定性): a 出动时间 given as 100%, a 隐患复发率 with ≥")  # fmt: skip
def pw02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 12))
    project_head(
        s, year=2026, name="城乡消防救援能力提升项目", dept="檀溪县消防救援大队（518）",
        unit="檀溪县消防救援大队", attr="新增项目",
        money=one_year_money(wan(320), wan(280), wan(40)),
        goals=["2026年新建乡镇专职消防队3个，开展消防安全培训，城区接警后快速出动，乡镇专职队"
               "15分钟内到场，全年不发生亡人火灾事故。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标性质"), [
        ("产出指标", "数量指标", "新建乡镇专职消防队", "≥3个", "正向"),
        (None, None, "消防安全培训覆盖人次", "≥8000人次", "正向"),
        (None, "质量指标", "消防车辆器材完好率", "≥98%", "正向"),
        (None, "时效指标", "城区接警至出动时间",
         mk(pct(1), "T113", "warning", alt=("T117",), note="a time limit given as 100%: ≤1分钟 "
            "or the like meant"), "反向"),
        (None, None, "乡镇专职队到场时间", "≤15分钟", "反向"),
        ("成本指标", "经济成本指标", "专职队员人均年培训成本", "≤1800元/人", "反向"),
        ("效益指标", "社会效益指标", "亡人火灾事故起数", "=0起", "反向"),
        (None, None, "火灾隐患复发率",
         mk("≥5%", "T108", "warning", row=True, note="a 复发率 is 反向 (declared so): ≤5% meant"),
         "反向"),
        (None, "可持续影响指标", "消防安全网格化管理机制", "健全", "定性"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", "正向"),
    ])  # fmt: skip
    sign(s, "彭子墨", "吴静怡", "0745-6632091")
    return b


@variant("pw03-reserve-operator-words", (1, 11), "one-year project, NAT-2021, 指标性质 "
         "(正向/反向/定性), 比较符 in words, bare numbers with a unit column, percent cells "
         "(correct)")  # fmt: skip
def pw03() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 12, 12, 12, 12))
    project_head(
        s, year=2026, name="县级应急物资储备与轮换项目", dept="枫岭县应急管理局（306）",
        unit="枫岭县应急物资储备中心", attr="常年项目",
        money=one_year_money(wan(145.5), wan(130), wan(15.5)),
        goals=["补充储备救灾帐篷、折叠床和棉被，轮换到期物资，确保灾情发生后物资调得出、"
               "运得到，受灾群众基本生活得到及时救助。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "储备救灾帐篷", "正向", "大于等于", 600, "顶"),
        (None, None, "储备折叠床及棉被", "正向", "大于等于", 3000, "套"),
        (None, None, "到期物资轮换", "正向", "大于等于", 1200, "件"),
        (None, "质量指标", "入库物资验收合格率", "正向", "等于", pct(1), "%"),
        (None, None, "储备物资损耗率", "反向", "小于等于", 2, "%"),
        (None, "时效指标", "接调令后物资出库时间", "反向", "小于等于", 2, "小时"),
        (None, None, "物资运抵受灾乡镇时间", "反向", "小于等于", 12, "小时"),
        ("成本指标", "经济成本指标", "到期物资单件轮换处置成本", "反向", "小于等于", 85, "元/件"),
        (None, None, "储备仓库租赁成本", "反向", "小于等于", 24, "万元"),
        ("效益指标", "社会效益指标", "受灾群众基本生活救助覆盖率", "正向", "等于", 100, "%"),
        (None, "可持续影响指标", "应急物资储备管理制度", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "受助群众满意度", "正向", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "注：比较符按“大于等于、小于等于、等于”填写，定性指标不填比较符和计量单位。", 7)
    sign(s, "顾明轩", "何晓岚", "0736-2285417")
    return b


@variant("pw04-forest-fire-two-columns", (8, 11), "two-year project, NAT-2021, 实施期 and 年度 "
         "columns, 指标方向 (正向/反向/定性): a 合格率 ≥105%, a 受害率 ≤ in one column and ≥ in "
         "the other")  # fmt: skip
def pw04() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 18, 18, 12))
    project_head(
        s, year=2026, years=2, name="森林防灭火综合能力建设项目", dept="岚山区应急管理局（233）",
        unit="岚山区森林消防大队", attr="新增项目",
        money=period_money((wan(560), wan(500), wan(60)), (wan(300), wan(270), wan(30))),
        goals=["两年内建设防火隔离带120公里，配齐扑火装备，森林火灾受害率控制在0.5‰以内。",
               "2026年建设防火隔离带70公里，配备风力灭火机等装备240台，完成扑火队员岗位培训。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "指标方向")
    indicators(s, head, [
        ("产出指标", "数量指标", "建设防火隔离带", "≥120公里", "≥70公里", "正向"),
        (None, None, "配备风力灭火机等扑火装备", "≥400台", "≥240台", "正向"),
        (None, "质量指标", "扑火队员岗位培训合格率", "≥95%",
         mk("≥105%", "T106", "error", alt=("D201",), note="a 合格率 cannot exceed 100%"), "正向"),
        (None, "时效指标", "火情发现至处置响应时间", "≤30分钟", "≤30分钟", "反向"),
        ("成本指标", "经济成本指标", "防火隔离带建设单价", "≤3万元/公里", "≤3万元/公里", "反向"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.5‰",
         mk("≥0.5‰", "T108", "warning", row=True, alt=("D203",),
            note="a 受害率 is 反向 (declared so), ≤ in the period column"), "反向"),
        (None, "社会效益指标", "林区群众防火知识知晓率", "≥85%", "≥80%", "正向"),
        (None, "可持续影响指标", "森林防火网格化巡护机制", "健全", "有效运行", "定性"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%", "正向"),
    ])  # fmt: skip
    sign(s, "钱思远", "梁蔚然", "0733-8840275")
    return b


@variant("pw05-department-expected-points", (5, 7, 10, 12), "department, NAT-2021, header "
         "预期实现值, tier-1 points in the labels and a 分值 column per indicator, budget and "
         "tasks consistent, a ≥5百分点 change (correct)")  # fmt: skip
def pw05() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="檀溪县应急管理局",
        budget=[(wan(1268.4), wan(1208.4), wan(60), wan(735.2), wan(533.2))],
        tasks=[
            ("安全生产监管执法", "工矿商贸企业执法检查和隐患排查治理", wan(186),
             "执法检查企业不少于1200家次"),
            ("防汛抗旱和自然灾害防治", "防汛物资补充、山洪灾害预警设施维护", wan(213.2),
             "汛期不发生因灾死亡"),
            ("应急救援队伍建设", "乡镇应急救援队伍培训和装备配备", wan(134),
             "培训乡镇救援队员不少于600人次"),
            ("金额合计", None, wan(533.2), None),
        ],
        goal="健全县乡两级应急管理体系，生产安全事故起数和死亡人数实现双下降，不发生较大及以上"
             "生产安全事故，自然灾害预警及时发布、应急响应及时有效。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期实现值", "分值"), [
        ("产出指标（40分）", "数量指标", "企业安全生产执法检查", "≥1200家次", 10),
        (None, None, "乡镇应急救援队员培训", "≥600人次", 10),
        (None, "质量指标", "重大事故隐患整改销号率", "≥95%", 10),
        (None, "时效指标", "自然灾害预警信息发布时限", "30分钟内", 10),
        ("成本指标（10分）", "经济成本指标", "乡镇救援队员人均培训成本", "≤800元/人次", 10),
        ("效益指标（40分）", "社会效益指标", "较大及以上生产安全事故起数", "=0起", 10),
        (None, None, "生产安全事故死亡人数", "同比下降", 10),
        (None, None, "自然灾害因灾死亡失踪人数", "=0人", 10),
        (None, "可持续影响指标", "基层应急管理规范化建设达标率提高", "≥5百分点", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "辖区企业和群众满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("pw06-hazchem-assessment-points", (5, 7, 10, 11), "one-year project, NAT-2021, header "
         "考核指标 with 分值 and 评价标准 columns, points in the tier labels: the 产出 points "
         "do not add up, a 违规率 with ≥, a 覆盖率 given as a count")  # fmt: skip
def pw06() -> Book:
    b, s = book("绩效目标", (16, 16, 28, 16, 8, 26))
    project_head(
        s, year=2026, name="危险化学品安全风险集中治理项目", dept="白沙河区应急管理局（219）",
        unit="白沙河区应急管理局", title="白沙河区2026年度项目支出绩效目标表",
        money=one_year_money(wan(96), wan(96), wan(0)),
        goals=["对辖区危险化学品企业开展安全风险评估，重大危险源企业专家指导服务全覆盖，"
               "重大隐患按期整改，全年不发生危险化学品生产安全事故。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "指标值", "分值", "评价标准")
    indicators(s, head, [
        (mk("产出指标（50分）", "W103", "error", alt=("W101",), note="15+10+10+10 = 45"),
         "数量指标", "危化品企业安全风险评估", "≥85家", 15, "每少1家扣0.5分"),
        (None, None, "重大危险源企业专家指导服务", "≥40次", 10, "每少1次扣0.5分"),
        (None, "质量指标", "风险评估报告合格率", "≥95%", 10, "每低1个百分点扣1分"),
        (None, "时效指标", "重大隐患整改完成时限", "≤30天", 10, "超期1天扣0.5分"),
        ("成本指标（10分）", "经济成本指标", "单家企业风险评估费用", "≤0.8万元/家", 10,
         "超出标准不得分"),
        ("效益指标（30分）", "社会效益指标", "危化品运输车辆违规率",
         mk("≥3%", "T108", "warning", row=True, note="a 违规率 is 反向: ≤3% meant"), 10,
         "每高1个百分点扣2分"),
        (None, None, "危化品生产安全事故起数", "=0起", 10, "发生事故不得分"),
        (None, "可持续影响指标", "企业安全风险分级管控覆盖率",
         mk("60家", "T105", "error", note="a 覆盖率 given as a count"), 10, "未全覆盖酌情扣分"),
        ("满意度指标（10分）", "服务对象满意度指标", "受检企业满意度", "≥90%", 10,
         "每低1个百分点扣1分"),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator points add up to 95")
    sign(s, "唐浩然", "许嘉禾", "0731-4479163")
    return b
