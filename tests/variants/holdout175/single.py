"""One-year project tables: per-亩 and per-平方米 standards, a 覆盖率 and a 时限 the text states,
operator, unit and direction columns, tier scores beside indicator scores, a weight column, and a
Shanghai-framework table in 元."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout175.common import HEAD4, footnotes, indicators, new, one_year, sign
from tests.variants.holdout175.registry import variant
from tests.variants.kit import YUAN, Book, mk, pct


@variant("oc01-farmland-per-mu", (1, 12),
         "one-year project, OLD-NAT, operators inside the values; an area in 亩 with a per-亩 "
         "standard that fits the money (correct)")  # fmt: skip
def oc01() -> Book:
    book, s = new()
    project_head(
        s, year=2026, name="2026年柘溪县高标准农田建设补助", dept="柘溪县农业农村局（214）",
        unit="柘溪县农田建设服务中心", money=one_year(480, 450, 30),
        goals=["新建高标准农田3000亩，新建灌排渠道12公里，每亩建设补助不超过1500元；项目区灌溉"
               "保证率达到85%以上，受益农户满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "高标准农田建设面积", "≥3000亩"),
        (None, None, "新建灌排渠道长度", "≥12公里"),
        (None, "质量指标", "工程竣工验收合格率", "≥98%"),
        (None, "时效指标", "项目完工时间", "2026年12月31日前"),
        (None, "成本指标", "每亩建设补助标准", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "项目区亩均粮食增产", "≥50公斤"),
        (None, "社会效益指标", "项目区灌溉保证率", "≥85%"),
        (None, "可持续影响指标", "工程设计使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    footnotes(s, "注：建设面积以县级验收确认的图斑面积为准。")
    return book


@variant("oc02-coverage-text-higher", (1,),
         "one-year project, NAT-2021, operators inside the values; the 年度目标 text gives the "
         "覆盖率 as 95% while its indicator says ≥90%")  # fmt: skip
def oc02() -> Book:
    book, s = new()
    project_head(
        s, year=2026, name="2026年白岭区基层慢性病随访管理", dept="白岭区卫生健康局（306）",
        unit="白岭区疾病预防控制中心", money=one_year(68, 60, 8), attr="常年项目",
        goals=["为辖区高血压、糖尿病患者提供规范随访服务，全年随访不少于24000人次，慢病患者规范"
               "管理覆盖率达到95%，患者满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "慢病患者随访服务人次", "≥24000人次"),
        (None, "质量指标", mk("慢病患者规范管理覆盖率", "D104", "warning", row=True,
                            note="the text says 95%, the indicator ≥90%"), "≥90%"),
        (None, "时效指标", "随访记录录入及时率", "≥95%"),
        ("成本指标", "经济成本指标", "随访服务补助标准", "≤25元/人次"),
        ("效益指标", "社会效益指标", "管理患者血压控制率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
    ])  # fmt: skip
    return book


@variant("oc03-tier-scores-apart", (10,),
         "one-year project, NAT-2021, a tier-1 score column beside an indicator score column; "
         "the indicator scores add to 100 and to each tier's score (correct)")  # fmt: skip
def oc03() -> Book:
    book, s = new()
    project_head(
        s, year=2026, name="2026年南屿街道社区老年助餐服务补助", dept="南屿街道办事处（512）",
        unit="南屿街道社区服务中心", money=one_year(36, 32, 4),
        goals=["支持3个社区老年食堂运营，全年提供助餐服务不少于60000人次，就餐老人满意度不低于"
               "90%。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 40, "数量指标", "助餐服务人次", "≥60000人次", 15),
        (None, None, None, "运营补助老年食堂数量", "≥3个", 10),
        (None, None, "质量指标", "食品安全抽检合格率", "≥98%", 8),
        (None, None, "时效指标", "补助资金按季度拨付及时率", "≥95%", 7),
        ("成本指标", 20, "经济成本指标", "每人次助餐补贴标准", "≤5元/人次", 10),
        (None, None, None, "每个食堂年度运营补助", "≤2万元/个", 10),
        ("效益指标", 30, "社会效益指标", "辖区高龄老人助餐覆盖率", "≥60%", 15),
        (None, None, "可持续影响指标", "助餐点持续运营率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "就餐老人满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    footnotes(s, "说明：一级指标分值为该类指标分值之和，合计100分。")
    return book


@variant("oc06-unit-cost-times-area", (12,),
         "one-year project, OLD-NAT, operator column (指标性质) and unit column; a cost "
         "per 平方米 × the area counted under 数量指标 is above the money")  # fmt: skip
def oc06() -> Book:
    book, s = new()
    project_head(
        s, year=2026, name="2026年青埠市老旧小区外墙节能改造", dept="青埠市住房和城乡建设局（118）",
        unit="青埠市城市更新服务中心", money=one_year(280, 250, 30), attr="一次性项目",
        goals=["完成老旧小区外墙保温改造12000平方米，改造后建筑节能率提高，居民满意度不低于"
               "90%。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "外墙保温改造面积", "≥", 12000, "平方米"),
        (None, None, "改造小区数量", "≥", 9, "个"),
        (None, "质量指标", "分部工程验收合格率", "≥", 98, "%"),
        (None, "时效指标", "改造工期", "≤", 150, "天"),
        (None, "成本指标", "外墙保温改造单价", "≤",
         mk(260, "B107", "warning", row=True,
            note="260元/平方米 × 12000平方米 = 312万元 > 280万元"), "元/平方米"),
        ("效益指标", "社会效益指标", "改造后冬季室内温度提升", "≥", 3, "℃"),
        (None, "生态效益指标", "改造楼栋年节约标准煤", "≥", 400, "吨"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return book


@variant("oc09-satisfaction-in-people", (1,),
         "one-year project, OLD-NAT, operator column and 计量单位 column; a 满意度 written ≥ 90 "
         "in a row whose unit is 人")  # fmt: skip
def oc09() -> Book:
    book, s = new()
    project_head(
        s, year=2026, name="2026年云岫县农村劳动力职业技能培训",
        dept="云岫县人力资源和社会保障局（402）",
        unit="云岫县职业技能培训指导中心", money=one_year(120, 100, 20),
        goals=["开展电工、养老护理、中式烹调等职业技能培训700人，培训合格率达到90%以上，参训学员"
               "满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "职业技能培训人数", "≥", 700, "人"),
        (None, None, "开设培训工种", "≥", 6, "个"),
        (None, "质量指标", "培训合格率", "≥", 90, "%"),
        (None, "时效指标", "培训补贴发放时限", "≤", 30, "个工作日"),
        (None, "成本指标", "人均培训补助标准", "≤", 1500, "元/人"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥", 70, "%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥",
         mk(90, "T105", "error", row=True, alt=("T112",),
            note="a 满意度 in 人: the unit column says 人, not %"), "人"),
    ])  # fmt: skip
    return book


@variant("oc11-same-name-two-tier2", (11,),
         "one-year project, NAT-2021, a direction column (正向/反向), operators inside the values; "
         "the same indicator under 质量指标 and 时效指标 with different targets")  # fmt: skip
def oc11() -> Book:
    book, s = new()
    project_head(
        s, year=2026, name="2026年白岭区城市桥梁安全检测", dept="白岭区城市管理局（233）",
        unit="白岭区市政设施养护所", money=one_year(95, 95, 0),
        goals=["完成辖区42座城市桥梁定期检测，发现病害及时整改，桥梁安全事故为0起，沿线群众"
               "满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标方向"), [
        ("产出指标", "数量指标", "桥梁定期检测数量", "≥42座", "正向"),
        (None, "质量指标", mk("桥梁病害整改完成率", "*", "error", required=False, row=True),
         "≥95%", "正向"),
        (None, None, "检测报告合格率", "≥98%", "正向"),
        (None, "时效指标", mk("桥梁病害整改完成率", "D102", "error", row=True,
                            note="under 质量指标 ≥95%, here ≥98%"), "≥98%", "正向"),
        ("成本指标", "经济成本指标", "单座桥梁检测费用", "≤2.2万元/座", "反向"),
        ("效益指标", "社会效益指标", "桥梁安全事故发生起数", "=0起", "反向"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "正向"),
    ])  # fmt: skip
    return book


@variant(
    "oc13-weights-ninety",
    (10,),
    "one-year project, NAT-2021, a weight column headed 满分100分 whose weights add to 90",
)
def oc13() -> Book:
    book, s = new()
    project_head(
        s, year=2026, name="2026年澜溪镇公厕提质改造", dept="澜溪镇人民政府（608）",
        unit="澜溪镇村镇建设服务中心", money=one_year(260, 240, 20),
        goals=["完成40座农村公厕提质改造，单座改造成本不超过6万元，改造公厕保洁管护到位，"
               "群众满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重（满分100分）"), [
        ("产出指标", "数量指标", "农村公厕改造数量", "≥40座", 15),
        (None, None, "配套化粪池建设数量", "≥40个", 10),
        (None, "质量指标", "改造公厕验收合格率", "≥98%", 10),
        (None, "时效指标", "改造完工时间", "2026年10月31日前", 10),
        ("成本指标", "经济成本指标", "单座公厕改造成本", "≤6万元/座", 10),
        ("效益指标", "社会效益指标", "改造公厕正常使用率", "≥95%", 15),
        (None, "可持续影响指标", "公厕管护制度覆盖率", "≥95%", 10),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 10),
    ])  # fmt: skip
    book.file_mark("W101", "error", note="the weights add to 90, the column says 满分100分")
    return book


@variant("oc14-per-sqm-fits", (1, 12),
         "one-year project, NAT-2021, operator column, percent cells and a unit column; a per-"
         "平方米 standard × the area within the money (correct)")  # fmt: skip
def oc14() -> Book:
    book, s = new()
    project_head(
        s, year=2026, name="2026年云岫县中小学校舍屋面防水维修", dept="云岫县教育局（405）",
        unit="云岫县教育后勤服务中心", money=one_year(150, 135, 15), attr="一次性项目",
        goals=["利用暑期完成14所中小学校舍屋面防水维修8000平方米，维修后渗漏整改率达到95%以上，"
               "师生满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位"), [
        ("产出指标", "数量指标", "屋面防水维修面积", "≥", 8000, "平方米"),
        (None, None, "维修学校数量", "≥", 14, "所"),
        (None, "质量指标", "渗漏整改率", "≥", pct(0.95), "%"),
        (None, "时效指标", "维修工期", "≤", 60, "天"),
        ("成本指标", "经济成本指标", "屋面防水维修单价", "≤", 180, "元/平方米"),
        ("效益指标", "社会效益指标", "雨季校舍渗漏投诉下降率", "≥", pct(0.8), "%"),
        (None, "可持续影响指标", "防水层质保年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "周明远", "何雪琴", "罗嘉", "2025年11月18日")
    return book


@variant("oc16-shanghai-yuan", (5, 4),
         "Shanghai framework in 元, one value column 指标目标值, 预算执行率 under 投入与管理, a "
         "=0起 accident count, footnotes and a signature line (correct)")  # fmt: skip
def oc16() -> Book:
    book, s = new()
    project_head(
        s, year=2026, name="云泽区社区消防安全宣传服务", dept="上海市云泽区消防救援支队",
        unit="云泽区社区安全服务中心", money=one_year(1260000, 1200000, 60000, YUAN),
        money_label="项目资金（元）", attr="经常性专项业务费",
        title="2026年度上海市云泽区财政项目支出绩效目标表",
        goals=["全年开展社区消防安全宣传活动48场，居民安全知识知晓率达到85%以上，辖区火灾亡人"
               "事故为0起，参与居民满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, ("一级目标", "二级目标", "三级目标", "指标目标值"), [
        ("投入与管理", "财务管理", "预算执行率", "≥95%"),
        (None, "实施管理", "活动方案审批规范性", "规范"),
        ("产出目标", "数量", "社区消防安全宣传活动场次", "≥48场"),
        (None, "质量", "宣传资料审核合格率", "≥98%"),
        (None, "时效", "活动按计划完成率", "≥95%"),
        (None, "成本", "单场宣传活动成本", "≤15000元/场"),
        ("效果目标", "社会效益", "居民安全知识知晓率", "≥85%"),
        (None, None, "辖区火灾亡人事故", "=0起"),
        (None, "满意度", "参与居民满意度", "≥90%"),
        ("影响力目标", "长效管理", "社区消防宣传长效机制", "建立并执行"),
    ])  # fmt: skip
    footnotes(s, "注1：单场活动成本含场地、物料及讲师劳务费用。", "注2：知晓率以年末抽样问卷为准。")
    sign(s, "沈立诚", "陆佳", "吴晓楠", "2025年10月30日")
    return book


@variant("oc17-days-text-longer", (1,),
         "one-year project, NAT-2021, merged tier cells, operators inside the values; the 年度目标 "
         "gives 45天内 for a time limit the indicator puts at ≤30天")  # fmt: skip
def oc17() -> Book:
    book, s = new()
    project_head(
        s, year=2026, name="2026年柘溪县消费投诉举报处置", dept="柘溪县市场监督管理局（219）",
        unit="柘溪县消费者权益保护中心", money=one_year(42, 42, 0), attr="常年项目",
        goals=["全年受理消费投诉举报不少于3000件，投诉举报办结时限控制在45天内，办结率达到98%"
               "以上，为消费者挽回经济损失，投诉人满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "受理消费投诉举报件数", "≥3000件"),
        (None, "质量指标", "投诉举报办结率", "≥98%"),
        (None, "时效指标", mk("投诉举报办结时限", "D104", "warning", row=True,
                            note="the text says 45天内, the indicator ≤30天"), "≤30天"),
        ("成本指标", "经济成本指标", "每件投诉处置平均成本", "≤140元/件"),
        ("效益指标", "经济效益指标", "为消费者挽回经济损失", "≥200万元"),
        (None, "社会效益指标", "投诉热点问题通报次数", "≥4次"),
        ("满意度指标", "服务对象满意度指标", "投诉人满意度", "≥90%"),
    ])  # fmt: skip
    footnotes(s, "注：办结时限自受理之日起计算。")
    return book
