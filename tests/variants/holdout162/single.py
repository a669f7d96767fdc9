"""One-year project tables: full-width signs, separators, dotted dates, approximate values,
abbreviated tier-2 labels, unit columns and a long 指标解释 column."""

from __future__ import annotations

from tests.variants.holdout162.common import fw, one_year_money, project, sign_off
from tests.variants.holdout162.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "np01-fullwidth-nat2021",
    (1,),
    "one-year project, NAT-2021, full-width digits and signs with trailing spaces pasted from Word",
)
def np01() -> Book:
    b = Book()
    project(
        b,
        "Sheet1",
        name="桐溪街道社区老年助餐服务项目",
        dept="青岚市白沙河区民政局",
        unit="青岚市白沙河区桐溪街道办事处",
        money_rows=one_year_money(96, 80, 16),
        goals=[
            "新建社区助餐点６个，全年为辖区老年人提供助餐服务１２００００人次以上，"
            "食品安全零事故，就餐老人满意度达到９０％以上。 "
        ],
        rows=[
            ["成本指标", "经济成本指标", "每餐政府补助标准", fw("≤6元/餐 ")],
            ["产出指标", "数量指标", "助餐服务人次", fw("≥120000人次  ")],
            [None, None, "新建社区助餐点", fw("≥6个")],
            [None, "质量指标", "食品抽检合格率", fw("≥98%")],
            [None, "时效指标", "助餐点建成投用时间", fw("2026年9月30日前 ")],
            ["效益指标", "社会效益指标", "老年人就餐便利程度", "明显提升 "],
            [None, "可持续影响指标", "助餐点持续运营年限", fw("≥3年")],
            ["满意度指标", "服务对象满意度指标", "就餐老人满意度", fw("≥90%")],
        ],
    )
    return b


@variant(
    "np02-separators-oldnat",
    (1,),
    "one-year project, OLD-NAT, counts and amounts with thousands separators typed as text",
)
def np02() -> Book:
    b = Book()
    project(
        b,
        "Sheet1",
        name="临溪县全民健身赛事活动补助项目",
        dept="临溪县文化广电旅游体育局",
        unit="临溪县全民健身活动中心",
        money_rows=one_year_money(85, 85, 0),
        goals=["举办县级全民健身赛事１２场，参赛群众累计1,500人次以上，带动健身人群增长。"],
        rows=[
            ["产出指标", "数量指标", "举办县级健身赛事", "≥12场"],
            [None, None, "参赛群众人次", "≥1,500人次"],
            [None, None, "线上健身打卡人次", "≥12,000人次"],
            [None, "质量指标", "赛事安全事故", "=0起"],
            [None, "时效指标", "年度赛事完成时间", "2026年12月底前"],
            [None, "成本指标", "单场赛事补助上限", "≤50,000元/场"],
            ["效益指标", "社会效益指标", "经常参加体育锻炼人口比例", "≥42%"],
            [None, "可持续影响指标", "群众健身组织活跃度", "持续提升"],
            ["满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"],
        ],
    )
    return b


@variant(
    "np03-dotted-dates",
    (1,),
    "one-year project, NAT-2021, dates written 2026.12.31 and 2026年12月, plan dates typed as text",
)
def np03() -> Book:
    b = Book()
    project(
        b,
        "Sheet1",
        name="青岚市农村公路安全生命防护工程",
        dept="青岚市交通运输局",
        unit="青岚市公路事业发展中心",
        money_rows=one_year_money(420, 380, 40),
        start="2026.01.01",
        end="2026.12.31",
        goals=["完成农村公路安全生命防护工程６０公里，2026.11.30前全部交工验收。"],
        rows=[
            ["成本指标", "经济成本指标", "每公里防护工程造价", "≤7万元/公里"],
            ["产出指标", "数量指标", "完成安全防护工程里程", "≥60公里"],
            [None, "质量指标", "交工验收合格率", "≥98%"],
            [None, "时效指标", "工程开工时间", "2026.04.30前"],
            [None, None, "交工验收时间", "2026.11.30前"],
            [None, None, "资金拨付完成时间", "2026年12月"],
            ["效益指标", "社会效益指标", "农村公路安全通行条件", "明显改善"],
            [None, "可持续影响指标", "防护设施使用年限", "≥10年"],
            ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
        ],
    )
    return b


@variant(
    "np04-approximate-values",
    (1,),
    "one-year project, OLD-NAT, counts written 约3000人 and 3000人左右, a rate written 95.0%",
)
def np04() -> Book:
    b = Book()
    project(
        b,
        "Sheet1",
        name="白沙河区就业技能培训补贴项目",
        dept="白沙河区人力资源和社会保障局",
        unit="白沙河区公共就业服务中心",
        money_rows=one_year_money(150, 150, 0),
        goals=["开展就业技能培训约3000人，培训后取证率达到95.0%以上。"],
        rows=[
            ["产出指标", "数量指标", "就业技能培训人数", "约3000人"],
            [None, None, "开设培训工种", "12个左右"],
            [None, "质量指标", "培训后取证率", "≥95.0%"],
            [None, "时效指标", "补贴资金发放时限", "≤30个工作日"],
            [None, "成本指标", "人均培训补贴标准", "≤500元/人"],
            ["效益指标", "社会效益指标", "培训后实现就业人数", "1500人左右"],
            [None, "经济效益指标", "参训人员月均收入增长率", "≥5.0%"],
            ["满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90.0%"],
        ],
    )
    return b


@variant(
    "np05-short-tier2",
    (1, 5),
    "one-year project, OLD-NAT, tier-2 labels abbreviated "
    "(数量, 质量, 时效, 成本), a =0起 accident count",
)
def np05() -> Book:
    b = Book()
    project(
        b,
        "Sheet1",
        name="青岚市中小学校园安全设施改造项目",
        dept="青岚市教育局",
        unit="青岚市教育装备服务中心",
        money_rows=one_year_money(300, 260, 40),
        goals=["完成２５所中小学校园安防设施改造，全年校园安全责任事故为零。"],
        rows=[
            ["产出指标", "数量", "改造学校数量", "≥25所"],
            [None, None, "新增视频监控点位", "≥600个"],
            [None, "质量", "设施验收合格率", "≥98%"],
            [None, "时效", "改造完成时间", "2026年8月31日前"],
            [None, "成本", "单所学校改造费用", "≤12万元/所"],
            ["效益指标", "社会效益", "校园安全责任事故", "=0起"],
            [None, "可持续影响", "安防设施正常运行率", "≥95%"],
            ["满意度指标", "服务对象满意度", "师生及家长满意度", "≥90%"],
        ],
    )
    return b


@variant(
    "np07-unit-cells",
    (1, 11),
    "one-year project, NAT-2021, value and unit in two cells of "
    "one row, full-width numbers, a percent cell",
)
def np07() -> Book:
    b = Book()
    project(
        b,
        "Sheet1",
        name="临溪县农村生活污水治理项目",
        dept="临溪县生态环境局",
        unit="临溪县生态环境保护综合服务站",
        money_rows=one_year_money(640, 600, 40),
        goals=["新建农村生活污水处理设施３２座，出水水质达标率不低于９５％。"],
        header=("一级指标", "二级指标", "三级指标", "指标值", "计量单位"),
        rows=[
            ["成本指标", "经济成本指标", "单座设施建设成本", fw("≤20"), "万元/座"],
            ["产出指标", "数量指标", "新建污水处理设施", fw("≥32"), "座"],
            [None, None, "受益农户", fw("≥1,800"), "户"],
            [None, "质量指标", "出水水质达标率", fw("≥95"), "%"],
            [None, "时效指标", "设施建成时间", "2026.10.31前", None],
            ["效益指标", "生态效益指标", "农村生活污水治理率", pct(0.62), "%"],
            [None, "可持续影响指标", "设施运行维护机制", "建立并执行", None],
            ["满意度指标", "服务对象满意度指标", "受益农户满意度", fw("≥90"), "%"],
        ],
    )
    return b


@variant(
    "np08-long-explanations",
    (1,),
    "one-year project, NAT-2021, a 指标解释 column with long text holding numbers and line breaks",
)
def np08() -> Book:
    b = Book()
    expl = [
        "指每份入户核查报告按≤300元标准核算，含交通、材料印制等费用，\n超出部分由单位自筹。",
        "指全年完成入户核查的低保、特困家庭户数，按核查台账统计。 ",
        "指经复核后认定准确的核查结论户数占全部核查户数的比例，\n抽查比例不低于10%。",
        "指核查结果在收到申请之日起15个工作日内反馈的时限要求。",
        "指通过核查清退不符合条件对象、新纳入符合条件对象，救助对象认定精准度提升。",
        "指建立部门间数据共享核对机制，并在全年持续执行。",
        "指通过抽样回访调查的被核查家庭满意度，样本量不少于200户。",
    ]
    project(
        b,
        "Sheet1",
        name="白沙河区社会救助家庭经济状况核查项目",
        dept="白沙河区民政局",
        unit="白沙河区社会救助服务中心",
        money_rows=one_year_money(36, 36, 0),
        goals=["完成低保、特困等家庭经济状况入户核查1,200户，核查准确率≥98%。"],
        header=("一级指标", "二级指标", "三级指标", "指标值", "指标解释"),
        widths=(14, 14, 28, 16, 48),
        rows=[
            ["成本指标", "经济成本指标", "每户核查成本", "≤300元/户", expl[0]],
            ["产出指标", "数量指标", "入户核查户数", "≥1200户", expl[1]],
            [None, "质量指标", "核查结论准确率", "≥98%", expl[2]],
            [None, "时效指标", "核查结果反馈时限", "≤15个工作日", expl[3]],
            ["效益指标", "社会效益指标", "救助对象认定精准度", "有效提升", expl[4]],
            [None, "可持续影响指标", "数据共享核对机制", "建立并执行", expl[5]],
            ["满意度指标", "服务对象满意度指标", "被核查家庭满意度", "≥85%", expl[6]],
        ],
    )
    return b


@variant(
    "np13-fullwidth-defects",
    (1,),
    "one-year project, OLD-NAT, full-width values: a 合格率 ≥１０５％ and a 投诉率 with ≥",
)
def np13() -> Book:
    b = Book()
    project(
        b,
        "Sheet1",
        name="青岚市城区燃气管道老化更新改造项目",
        dept="青岚市住房和城乡建设局",
        unit="青岚市市政设施管理中心",
        money_rows=one_year_money(880, 700, 180),
        goals=["更新改造城区老化燃气管道４５公里，惠及居民１２０００户。"],
        rows=[
            ["产出指标", "数量指标", "更新改造燃气管道长度", fw("≥45公里")],
            [None, None, "惠及居民户数", fw("≥12000户 ")],
            [
                None,
                "质量指标",
                "管道焊口检测验收合格率",
                mk(fw("≥105%"), "T106", "error", note="a 合格率 is capped at 100 %"),
            ],
            [None, "时效指标", "改造完成时间", fw("2026年11月30日前")],
            [None, "成本指标", "每公里改造成本", fw("≤19万元/公里")],
            [
                "效益指标",
                "社会效益指标",
                "燃气用户投诉率",
                mk(fw("≥2%"), "T108", "warning", row=True, note="投诉率 is 反向: ≤ meant"),
            ],
            [None, "可持续影响指标", "新管道设计使用年限", fw("≥30年")],
            ["满意度指标", "服务对象满意度指标", "改造片区居民满意度", fw("≥90%")],
        ],
    )
    return b


@variant(
    "np14-separator-defects",
    (1, 12),
    "one-year project, NAT-2021, separators in text: a "
    "覆盖率 given as 2,000人次, a 资金总额 that is not the sum",
)
def np14() -> Book:
    b = Book()
    money_rows = one_year_money(130, 100, 20)
    money_rows[0][0] = mk("资金总额", "B101", "error", row=True, note="130 ≠ 100 + 20")
    project(
        b,
        "Sheet1",
        name="临溪县基层医疗卫生人员能力提升培训项目",
        dept="临溪县卫生健康局",
        unit="临溪县卫生健康服务中心",
        money_rows=money_rows,
        goals=["培训基层医疗卫生人员2,000人次，培训考核合格率≥95%。"],
        rows=[
            ["成本指标", "经济成本指标", "人均培训成本", "≤600元/人次"],
            ["产出指标", "数量指标", "培训基层医疗卫生人员", "≥2,000人次"],
            [
                None,
                None,
                "乡镇卫生院培训覆盖率",
                mk("≥2,000人次", "T105", "error", note="a rate needs a %"),
            ],
            [None, "质量指标", "培训考核合格率", "≥95%"],
            [None, "时效指标", "培训完成时间", "2026年11月底前"],
            ["效益指标", "社会效益指标", "基层常见病诊疗能力", "明显提升"],
            ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"],
        ],
    )
    return b


@variant(
    "np15-date-defects",
    (1, 8),
    "one-year project, NAT-2021, dotted dates: a deadline "
    "2027.03.31 in a 2026 table, a 完成时间 given as 100%",
)
def np15() -> Book:
    b = Book()
    project(
        b,
        "Sheet1",
        name="白沙河区老旧小区加装电梯补助项目",
        dept="白沙河区住房和城乡建设局",
        unit="白沙河区城市更新服务中心",
        money_rows=one_year_money(400, 400, 0),
        start="2026.01.01",
        end="2026.12.31",
        goals=["补助老旧小区加装电梯４０部，2026.12.31前全部投入使用。"],
        rows=[
            ["成本指标", "经济成本指标", "每部电梯补助标准", "≤10万元/部"],
            ["产出指标", "数量指标", "补助加装电梯数量", "≥40部"],
            [None, "质量指标", "电梯验收合格率", "≥98%"],
            [
                None,
                "时效指标",
                "补助资金拨付时间",
                mk("2027.03.31前", "Y102", "error", note="after the 2026 one-year period"),
            ],
            [
                None,
                None,
                "加装工程完成时间",
                mk(pct(1), "T113", "warning", note="a deadline given as a percentage"),
            ],
            ["效益指标", "社会效益指标", "受益居民户数", "≥960户"],
            ["满意度指标", "服务对象满意度指标", "受益居民满意度", "≥90%"],
        ],
    )
    return b


@variant(
    "np16-short-tier2-defects",
    (1, 5),
    "one-year project, OLD-NAT, abbreviated tier-2s: 时效 "
    "under 效益指标, a ≤ on a count of sessions",
)
def np16() -> Book:
    b = Book()
    s = project(
        b,
        "Sheet1",
        name="青岚市非遗传承人研修培训项目",
        dept="青岚市文化和旅游局",
        unit="青岚市非物质文化遗产保护中心",
        money_rows=one_year_money(60, 60, 0),
        goals=["举办非遗传承人研修培训１２场，培训传承人３６０人次。"],
        rows=[
            [
                "产出指标",
                "数量",
                "举办研修培训场次",
                mk(
                    fw("≤12场"),
                    "T108",
                    "warning",
                    row=True,
                    note="a count of outputs is 正向: ≥ meant",
                ),
            ],
            [None, None, "培训传承人人次", fw("≥360人次")],
            [None, "质量", "结业考核通过率", fw("≥90%")],
            [None, "成本", "每场培训成本", fw("≤5万元/场")],
            ["效益指标", "社会效益", "非遗项目传播影响力", "持续提升"],
            [
                None,
                mk("时效", "F105", "error", note="时效 belongs to 产出指标"),
                "研修成果展示完成时间",
                "2026年10月底前",
            ],
            ["满意度指标", "服务对象满意度", "参训传承人满意度", fw("≥90%")],
        ],
    )
    sign_off(s, "填报人：周玉岚    审核人：韩立群    填报日期：2025年11月18日")
    return b
