"""One-year project tables (nz01–nz06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout172.common import (
    book,
    indicators,
    money,
    one_year,
    sign,
    source_block,
    w,
)
from tests.variants.holdout172.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "nz01-training-sources-add-up",
    (1, 12),
    "one-year project, OLD-NAT, a 资金来源 block "
    "that adds up, 年度目标 培训300人次 matching ≥300人次, 满意度 ≥85%",
)
def nz01() -> Book:
    b, s = book()
    project_head(
        s,
        year=2027,
        name="云岫县农村实用技术培训项目",
        dept="云岫县农业农村局（311）",
        unit="云岫县农业技术推广中心",
        money=one_year(w(150), w(120), w(30)),
        goals=["2027年在全县12个乡镇开展种养技术培训300人次，建设田间学校4所，提高农户生产技能。"],
    )
    source_block(s, money(150), money(120), money(30), "其他资金为县农技协会配套")
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "技术培训人次", "≥300人次"),
            (None, None, "田间学校建设数量", "≥4所"),
            (None, "质量指标", "培训考核合格率", "≥90%"),
            (None, "时效指标", "培训完成时间", "2027年11月30日前"),
            (None, "成本指标", "人均培训成本", "≤1500元/人次"),
            ("效益指标", "经济效益指标", "参训农户亩均增收", "≥200元"),
            (None, "社会效益指标", "新技术推广面积", "≥5000亩"),
            (None, "可持续影响指标", "田间学校持续运行年限", "≥3年"),
            ("满意度指标", "服务对象满意度指标", "参训农户满意度", "≥85%"),
        ],
    )
    sign(s, "梁晓岚", "2026年11月18日")
    return b


@variant(
    "nz02-sources-miss-total",
    (1, 12),
    "one-year project, OLD-NAT, a 资金来源 block whose "
    "财政拨款 + 其他资金 miss the 合计, a 满意度 ≥85 with no % anywhere",
)
def nz02() -> Book:
    b, s = book()
    project_head(
        s,
        year=2027,
        name="枫渡市社区养老服务驿站运营补助",
        dept="枫渡市民政局（207）",
        unit="枫渡市养老服务指导中心",
        money=one_year(w(120), w(95), w(25)),
        goals=["支持全市30个社区养老服务驿站运营，为老年人提供助餐、助洁等服务。"],
    )
    s.row("资金来源（万元）", "合计", "财政拨款", "其他资金", "资金用途说明", None, merge=[(5, 6)])
    s.row(
        None,
        mk(money(120), "B101", "error", row=True, note="90 + 25 = 115 ≠ 120"),
        money(90),
        money(25),
        "驿站运营补助及服务质量评估",
        merge=[(5, 6)],
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "补助驿站数量", "≥30个"),
            (None, None, "助餐服务人次", "≥36000人次"),
            (None, "质量指标", "驿站服务规范达标率", "≥95%"),
            (None, "时效指标", "补助资金拨付时间", "2027年9月30日前"),
            (None, "成本指标", "单个驿站年度补助标准", "≤4万元"),
            ("效益指标", "社会效益指标", "老年人居家养老服务覆盖率", "≥60%"),
            (None, "可持续影响指标", "驿站持续运营年限", "≥3年"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "服务老人满意度",
                mk("≥85", "T105", "error", alt=("T104",), note="满意度 without %; no unit column"),
            ),
        ],
    )
    sign(s, "韩一舟", "2026年11月20日")
    return b


@variant(
    "nz03-monthly-standard-over-money",
    (11, 12),
    "one-year project, OLD-NAT, operator and "
    "unit columns: 800元/人·月 × 180人 × 12 above the annual money, a 合格率 with ≤",
)
def nz03() -> Book:
    b, s = book()
    project_head(
        s,
        year=2027,
        name="苇塘区公益性岗位补贴项目",
        dept="苇塘区人力资源和社会保障局（115）",
        unit="苇塘区就业服务中心",
        money=one_year(w(150), w(150), w(0)),
        goals=["开发公益性岗位安置就业困难人员，按月发放岗位补贴，促进稳定就业。"],
    )
    indicators(
        s,
        H6,
        [
            ("产出指标", "数量指标", "公益性岗位安置人数", "≥", 180, "人"),
            (None, None, "岗位开发数量", "≥", 180, "个"),
            (
                None,
                "质量指标",
                "岗位人员考勤合格率",
                mk("≤", "T108", "warning", row=True),
                pct(0.98),
                "%",
            ),
            (None, "时效指标", "补贴按月发放及时率", "≥", pct(0.95), "%"),
            (
                None,
                "成本指标",
                "岗位补贴标准",
                mk("≤", "B107", "warning", row=True, note="800 × 180 × 12 = 172.8万元 > 150万元"),
                800,
                "元/人·月",
            ),
            ("效益指标", "社会效益指标", "安置人员在岗稳定率", "≥", pct(0.9), "%"),
            (None, "可持续影响指标", "公益性岗位管理制度", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "安置人员满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "罗澄", "2026年11月22日")
    return b


@variant(
    "nz04-monthly-standard-within",
    (11, 12),
    "one-year project, OLD-NAT, operator and unit "
    "columns: 700元/人·月 × 150人 × 12 = 126万元 within 130万元, =0起, =100%",
)
def nz04() -> Book:
    b, s = book()
    project_head(
        s,
        year=2027,
        name="岚桥镇护林员补助项目",
        dept="云岫县林业局（318）",
        unit="岚桥镇林业工作站",
        money=one_year(w(130), w(110), w(20)),
        goals=["聘用生态护林员150人，按月发放补助，开展日常巡护，守住森林防火底线。"],
    )
    indicators(
        s,
        H6,
        [
            ("产出指标", "数量指标", "聘用生态护林员人数", "≥", 150, "人"),
            (None, None, "巡护林地面积", "≥", 42000, "亩"),
            (None, "质量指标", "巡护记录合格率", "=", pct(1), "%"),
            (None, "时效指标", "补助按月发放及时率", "≥", pct(0.95), "%"),
            (None, "成本指标", "护林员补助标准", "≤", 700, "元/人·月"),
            ("效益指标", "生态效益指标", "森林火灾发生次数", "=", 0, "起"),
            (None, "社会效益指标", "脱贫户护林员占比", "≥", pct(0.6), "%"),
            (None, "可持续影响指标", "护林员管理制度", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥", pct(0.9), "%"),
        ],
    )
    s.row(
        "注：补助标准×人数×12个月=126万元，不超过年度资金。",
        None,
        None,
        None,
        None,
        None,
        merge=[(1, 6)],
    )
    sign(s, "许青禾", "2026年11月25日")
    return b


@variant(
    "nz05-deadline-after-plan-end",
    (8, 12),
    "one-year project, OLD-NAT, plan ends 10月31日: a "
    "时效 deadline of 12月15日, 年度目标 培训300人次 against an indicator ≥200人次",
)
def nz05() -> Book:
    b, s = book()
    goal = "2027年开展家政服务技能培训300人次，推动参训人员持证上岗。"
    project_head(
        s,
        year=2027,
        name="枫渡市家政服务技能提升行动",
        dept="枫渡市商务局（402）",
        unit="枫渡市家政服务行业协会",
        money=one_year(w(60), w(60), w(0)),
        start=day(2027, 3, 1),
        end=day(2027, 10, 31),
        goals=[ok(goal, note="D104 may stand at the goal text")],
    )
    indicators(
        s,
        H4,
        [
            (
                "产出指标",
                "数量指标",
                "家政技能培训人次",
                mk("≥200人次", "D104", "warning", row=True, note="the 年度目标 says 培训300人次"),
            ),
            (None, None, "培训课程开发数量", "≥6门"),
            (None, "质量指标", "培训考核合格率", "≥90%"),
            (
                None,
                "时效指标",
                "培训验收完成时间",
                mk("2027年12月15日前", "Y102", "error", note="after 计划完成日期 2027-10-31"),
            ),
            (None, "成本指标", "人均培训补贴", "≤2000元/人次"),
            ("效益指标", "社会效益指标", "参训人员持证上岗率", "≥70%"),
            (None, "可持续影响指标", "家政培训基地持续运行", "≥3年"),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
        ],
    )
    sign(s, "宋亦川", "2026年11月26日")
    return b


@variant(
    "nz06-deadline-on-plan-end",
    (8, 1),
    "one-year project, NAT-2021, plan ends 10月31日 and "
    "the deadline is that day, percentages stored as Excel stores them",
)
def nz06() -> Book:
    b, s = book()
    project_head(
        s,
        year=2027,
        name="苇塘区老旧小区消防设施改造",
        dept="苇塘区住房和城乡建设局（120）",
        unit="苇塘区城市更新服务中心",
        money=one_year(w(280), w(250), w(30)),
        start=day(2027, 4, 1, CN_DATE),
        end=day(2027, 10, 31, CN_DATE),
        goals=["完成16个老旧小区消防设施改造，消除消防安全隐患。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"),
        [
            ("产出指标", "数量指标", "改造老旧小区数量", "≥16", "个", None),
            (None, None, "新装室内消火栓数量", "≥640", "套", None),
            (None, "质量指标", "改造工程验收合格率", pct(1), "%", "一次验收"),
            (None, "时效指标", "改造工程完工时间", "2027年10月31日前", None, "与计划完成日期一致"),
            ("成本指标", "经济成本指标", "单个小区改造成本", "≤17.5", "万元", None),
            ("效益指标", "社会效益指标", "改造小区消防隐患整改率", pct(1), "%", None),
            (None, "可持续影响指标", "消防设施维护责任落实率", "≥95", "%", None),
            ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", None, None),
        ],
    )
    sign(s, "杜若川", "2026年11月27日")
    return b
