"""Project returns of 卫健委, 医保局, 退役军人事务局, 体育局, 园林局 and 供销社 (lm07–lm12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout107.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

DEPT_HEALTH = "汀岸市卫生健康委员会（340）"
DEPT_MEDINS = "汀岸市医疗保障局（343）"
DEPT_VETS = "汀岸市退役军人事务局（347）"
DEPT_SPORT = "汀岸市体育局（352）"
DEPT_PARKS = "汀岸市园林局（356）"
DEPT_COOP = "汀岸市供销合作社（361）"


@variant(
    "lm07-weijian-jibing",
    (11, 12),
    "project, NAT-2021, 比较符 column and 计量单位 column, merged tiers; plan dates of the year "
    "before the title year, a 反向 rate with ≥",
)
def lm07() -> Book:
    b = Book()
    b.file_mark("Y101", "error", alt=("Y102",), note="title 2027, plan dates 2026-01-01…2026-12-31")
    s = b.sheet("Sheet1", (16, 16, 30, 10, 14, 12))
    project_head(
        s,
        year=2027,
        name="重大传染病防控及监测",
        dept=DEPT_HEALTH,
        unit="汀岸市疾病预防控制中心",
        attr="常年项目",
        start=day(2026, 1, 1),
        end=day(2026, 12, 31),
        money=[
            ("年度资金总额", money(420, WAN), "其中：财政拨款", money(420, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "完成全市法定传染病监测报告和重点传染病防控，适龄儿童免疫规划疫苗接种率保持在95%以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "监测哨点年运行经费", "≤", 3.5, "万元/个"),
            ("产出指标", "数量指标", "设立传染病监测哨点", "≥", 36, "个"),
            (None, None, "开展重点人群核酸及病原学检测", "≥", 12000, "份"),
            (None, None, "开展疾控专业技术培训", "≥", 10, "期"),
            (None, "质量指标", "法定传染病网络报告率", "≥", pct(0.98), "%"),
            (None, None, "传染病报告迟报率", mk("≥", "T108", "warning", row=True), pct(0.02), "%"),
            (None, "时效指标", "突发疫情现场处置到达时间", "≤", 2, "小时"),
            ("效益指标", "社会效益指标", "适龄儿童免疫规划疫苗接种率", "≥", pct(0.95), "%"),
            (None, None, "重点传染病暴发疫情规范处置率", "≥", pct(0.95), "%"),
            (None, "可持续影响指标", "传染病监测预警体系", "定性", "健全", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "基层医疗机构对疾控业务指导满意度",
                "≥",
                pct(0.9),
                "%",
            ),
        ],
        merged=(1, 2),
    )
    s.row("填报人：许雯", None, "联系电话：0771-5836602")
    return b


@variant(
    "lm08-yibao-jiuzhu",
    (10,),
    "project, NAT-2021, 比较符, 计量单位 and 权重 columns, weights adding up to 100",
)
def lm08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 8, 12, 10, 8))
    project_head(
        s,
        year=2027,
        name="城乡困难群众医疗救助",
        dept=DEPT_MEDINS,
        unit="汀岸市医疗保障事务中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(900, WAN), "其中：财政拨款", money(900, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["资助2500名以上困难群众参加城乡居民医保，落实住院费用救助，防范因病致贫返贫。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "权重")
    s.table(
        [
            ("成本指标", "经济成本指标", "人均医疗救助补助标准", "≤", 3000, "元/人", 10),
            ("产出指标", "数量指标", "资助参保困难群众人数", "≥", 2500, "人", 10),
            (None, None, "开展医保政策宣传活动", "≥", 40, "场", 10),
            (None, "质量指标", "困难群众参保率", "≥", pct(0.99), "%", 10),
            (None, None, "救助对象身份核准率", "≥", pct(0.98), "%", 10),
            (None, "时效指标", "“一站式”结算办结时限", "≤", 5, "工作日", 10),
            ("效益指标", "社会效益指标", "政策范围内住院费用救助比例", "≥", pct(0.7), "%", 10),
            (None, None, "因病致贫返贫发生率", "≤", pct(0.01), "%", 10),
            (None, "可持续影响指标", "医疗救助“一站式”结算覆盖率", "≥", pct(0.95), "%", 10),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", pct(0.9), "%", 10),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, None, None, 100)
    return b


@variant(
    "lm09-tuiyi-peixun",
    (7,),
    "project, OLD-NAT, two-line header (指标值 over 比较符 · 数值 · 计量单位), merged tiers",
)
def lm09() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", (14, 14, 30, 10, 12, 12))
    project_head(
        s,
        year=2027,
        name="退役军人适应性及职业技能培训",
        dept=DEPT_VETS,
        unit="汀岸市退役军人服务中心",
        money=[
            ("年度资金总额", money(300, WAN), "其中：财政拨款", money(280, WAN)),
            ("其他资金", money(20, WAN), None, None),
        ],
        goals=[
            "组织退役军人适应性培训600人、职业技能培训400人，举办专场招聘会6场，促进退役军人稳定就业。"
        ],
    )
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "数值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "组织适应性培训人数", "≥", 600, "人"),
            (None, None, "组织职业技能培训人数", "≥", 400, "人"),
            (None, None, "举办退役军人专场招聘会", "≥", 6, "场"),
            (None, "质量指标", "职业技能培训结业合格率", "≥", pct(0.9), "%"),
            (None, "时效指标", "年度培训任务完成时间", "≤", "2027年11月30日", None),
            (None, "成本指标", "人均培训补助标准", "≤", 2500, "元/人"),
            ("效益指标", "社会效益指标", "参训退役军人就业率", "≥", pct(0.85), "%"),
            (None, None, "专场招聘会达成就业意向人数", "≥", 300, "人"),
            (None, "可持续影响指标", "退役军人就业服务平台", "定性", "持续运行", None),
            ("满意度指标", "服务对象满意度指标", "参训退役军人满意度", "≥", pct(0.92), "%"),
        ],
        merged=(1, 2),
    )
    s.row("单位负责人：", None, "财务负责人：", None, "填报人：彭凯")
    return b


@variant(
    "lm10-tiyu-saishi",
    (11,),
    "project, NAT-2021, one value column with operators and units inside, merged tiers; a 正向 "
    "count with ≤, the same indicator twice with different targets",
)
def lm10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18))
    project_head(
        s,
        year=2027,
        name="全民健身赛事活动",
        dept=DEPT_SPORT,
        unit="汀岸市全民健身活动中心",
        money=[
            ("年度资金总额", money(260, WAN), "其中：财政拨款", money(230, WAN)),
            ("其他资金", money(30, WAN), None, None),
        ],
        goals=["全年举办市级全民健身赛事活动30场以上，参赛群众20000人次以上，带动全民健身氛围。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("成本指标", "经济成本指标", "单场赛事平均办赛成本", "≤8万元"),
            (
                "产出指标",
                "数量指标",
                "举办市级全民健身赛事活动",
                mk("≤30场", "T108", "warning", row=True),
            ),
            (None, None, "赛事参赛人次", "≥20000人次"),
            (None, None, "培训社会体育指导员", "≥200人"),
            (None, "质量指标", "赛事安全保障方案制定率", "100%"),
            (None, None, "赛事裁判员持证上岗率", "≥95%"),
            (None, "时效指标", "赛事活动按计划举办率", "≥95%"),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%"),
            (
                None,
                None,
                ok(
                    mk("赛事参赛人次", "D102", "error", row=True, alt=("D101", "D103")),
                    note="a count under 社会效益 may also be called misplaced (F201)",
                ),
                "≥15000人次",
            ),
            (None, "可持续影响指标", "全民健身赛事品牌", "逐步形成"),
            ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row("填报日期：2026年11月19日")
    return b


@variant(
    "lm11-yuanlin-yanghu",
    (1,),
    "project, NAT-2021, 比较符, 计量单位 and 指标解释 columns, merged tiers",
)
def lm11() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 14, 26, 8, 10, 12, 30))
    project_head(
        s,
        year=2027,
        name="城区公共绿地养护",
        dept=DEPT_PARKS,
        unit="汀岸市园林绿化养护中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(1800, WAN), "其中：财政拨款", money(1800, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "做好城区280万平方米公共绿地日常养护，绿地养护质量达标率95%以上，城区绿化覆盖率保持42%以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标解释")
    s.table(
        [
            (
                "成本指标",
                "经济成本指标",
                "绿地养护综合单价",
                "≤",
                6,
                "元/平方米",
                "按养护合同年单价",
            ),
            (
                "产出指标",
                "数量指标",
                "养护公共绿地面积",
                "≥",
                280,
                "万平方米",
                "纳入养护合同的绿地",
            ),
            (None, None, "行道树修剪", "≥", 15000, "株", "城区主次干道"),
            (None, None, "补植苗木", "≥", 8000, "株", "死株及缺株补植"),
            (
                None,
                "质量指标",
                "绿地养护质量达标率",
                "≥",
                pct(0.95),
                "%",
                "月度考核达标面积/养护面积",
            ),
            (None, None, "补植苗木成活率", "≥", pct(0.95), "%", "成活株数/补植株数"),
            (None, "时效指标", "病虫害发现后处置时限", "≤", 48, "小时", "发现至完成防治"),
            (
                "效益指标",
                "生态效益指标",
                "城区绿化覆盖率",
                "≥",
                pct(0.42),
                "%",
                "城区绿化覆盖面积/城区面积",
            ),
            (None, "社会效益指标", "公园绿地服务半径覆盖率", "≥", pct(0.9), "%", "按住建部门口径"),
            (
                None,
                "可持续影响指标",
                "养护管理考核机制",
                "定性",
                "健全",
                None,
                "月度考核、季度通报",
            ),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", pct(0.9), "%", "问卷抽样调查"),
        ],
        merged=(1, 2),
    )
    s.row("填报人：戴晓峰", None, "审核人：陆春华", None, "联系电话：0771-5839120")
    return b


@variant(
    "lm12-gongxiao-nongzi",
    (1, 11),
    "project, OLD-NAT, 指标值 with operator and a 计量单位 column; a unit conflict between value "
    "and unit column, a garbled value",
)
def lm12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 14, 12))
    project_head(
        s,
        year=2027,
        name="农资淡季储备及为农服务中心运营补助",
        dept=DEPT_COOP,
        unit="汀岸市供销合作社联合社",
        money=[
            ("年度资金总额", money(380, WAN), "其中：财政拨款", money(320, WAN)),
            ("其他资金", money(60, WAN), None, None),
        ],
        goals=[
            ok(
                "落实化肥淡季储备2万吨，支持12个乡镇为农服务中心运营，开展农技服务培训30场。",
                note="the text's 30场 against the indicator's 1500人次 is the same slip",
            )
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "化肥淡季储备量", "≥2", "万吨"),
            (None, None, "支持为农服务中心运营", "≥12", "个"),
            (None, None, "开展农技服务培训", mk("≥1500人次", "T112", "error", alt=("D104",)), "场"),
            (None, "质量指标", "储备化肥质量抽检合格率", "≥98", "%"),
            (None, "时效指标", "储备化肥到库时间", "3月31日前", None),
            (None, "成本指标", "化肥储备贴息标准", "≤100", "元/吨"),
            ("效益指标", "经济效益指标", "储备化肥投放价格低于市场价", "≥50", "元/吨"),
            (None, "社会效益指标", "春耕化肥供应保障率", "≥95", "%"),
            (None, "可持续影响指标", "为农服务中心持续运营", "≥3", "年"),
            ("满意度指标", "服务对象满意度指标", "农户满意度", mk("≥%95", "T116", "warning"), "%"),
        ],
        merged=(1, 2),
    )
    s.row("填报人：钟敏", None, "联系电话：0771-5831175")
    return b
